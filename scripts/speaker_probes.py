"""What speaker the rules pick for invented wire sentences, by class of attribution.

Usage: python -m scripts.speaker_probes [CLASS-SUBSTRING]   (from the repository root)

Each probe is a sentence or two written for this script (invented people; real states,
capitals and groups), the opening words of one quote, and the mention the guideline links
it to ("Name#2": the second occurrence of those words; None: nobody, an anonymous or
unattributed quote). Prints every probe whose suggested speaker differs, then the count.
The expected links are one reader's application of sample_articles/README.md; a miss
whose cause is the ACTOR rules (the speaker is not suggested as an ACTOR at all) shows
as an actors list without the name. Fixed classes are pinned by
tests/core/test_suggest_speaker_classes.py; this script is for probing new ones.
"""
# ruff: noqa: E501  (a probe is one sentence, kept on one line to read)

from __future__ import annotations

import sys

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer

G = load_gazetteer()


def occ(text: str, want: str | None) -> tuple[int, int] | None:
    if want is None:
        return None
    name, _, n = want.partition("#")
    n = int(n or 1)
    i = -1
    for _ in range(n):
        i = text.find(name, i + 1)
        assert i >= 0, (want, text)
    return (i, i + len(name))


def show(text: str, sp: tuple[int, int] | None) -> str:
    if sp is None:
        return "None"
    before = text[: sp[0]].count(text[sp[0] : sp[1]])
    return f"{text[sp[0] : sp[1]]}#{before + 1}"


PROBES: list[tuple[str, str, str, str | None]] = []


def P(cls: str, text: str, quote: str, want: str | None) -> None:
    PROBES.append((cls, text, quote, want))


# ---- BEFORE the quote
P(
    "before:said-colon",
    'Ukraine\'s air force reported new drone attacks overnight. Mykola Hrytsenko, the mayor of Kupiansk, said: "We have no power and no water."',
    "We have no power",
    "Mykola Hrytsenko",
)
P(
    "before:told-reuters",
    'Fighting resumed near Goma on Monday. Esperance Mugisha told Reuters: "The shelling started at dawn and did not stop."',
    "The shelling",
    "Esperance Mugisha",
)
P(
    "before:statement-colon",
    'The Sudanese army denied the report. Lt. Gen. Yasir Osman said in a statement: "Our forces did not target civilians."',
    "Our forces",
    "Yasir Osman",
)
P(
    "before:according-to",
    'Aid convoys were stopped at the crossing. According to Hana Qasem, a nurse at the clinic, "there is nothing left to treat the wounded."',
    "there is nothing",
    "Hana Qasem",
)
P(
    "before:according-to-2",
    'According to Ibrahim Toure, "the road to Gao is closed."',
    "the road",
    "Ibrahim Toure",
)
P(
    "before:age-desc-that",
    'Sokoto police said bandits raided the village. Abubakar Sani, a 34-year-old farmer from Goronyo, said on Tuesday that "they took everything we had."',
    "they took",
    "Abubakar Sani",
)
P(
    "before:video",
    'Hamas released a new recording on Sunday. In a video posted online, Khaled Mansour said "the negotiations are over."',
    "the negotiations",
    "Khaled Mansour",
)
P(
    "before:speaking-to-afp",
    'The Malian army said it had retaken the town. Speaking to AFP by phone, Oumar Maiga said "the soldiers left after two days."',
    "the soldiers left",
    "Oumar Maiga",
)
P(
    "before:speaking-to-afp-colon",
    'Speaking to AFP by phone, Oumar Maiga said: "The soldiers left after two days."',
    "The soldiers left",
    "Oumar Maiga",
)
P(
    "before:wrote-on-telegram",
    'Russia\'s defence ministry said it had shot down 40 drones. Vitaly Ganchev wrote on Telegram: "Several houses were damaged in the night."',
    "Several houses",
    "Vitaly Ganchev",
)
P(
    "before:wrote-on-x",
    'The Israeli military said it had struck a weapons depot. Avi Levinson wrote on X: "Every rocket fired tonight was intercepted."',
    "Every rocket",
    "Avi Levinson",
)
P(
    "before:anonymous-who",
    'Clashes continued in Khartoum. A resident of Omdurman, who asked not to be named, said: "The bodies are still in the street."',
    "The bodies",
    None,
)
P(
    "before:anonymous-named-who",
    'Clashes continued in Khartoum. A doctor at the hospital, who asked not to be named for fear of reprisals, told AFP: "We are operating by torchlight."',
    "We are operating",
    None,
)
P(
    "before:statement-from-read",
    'The Houthis claimed the attack. A statement from the Houthis read: "Our missiles hit the ship directly."',
    "Our missiles",
    "Houthis#2",
)
P(
    "before:statement-from-unicef-read",
    'Dozens of children were among the dead. A statement from UNICEF read: "Children are paying the highest price."',
    "Children are",
    "UNICEF",
)
P(
    "before:asked-replied",
    'Asked about the ceasefire, Sergei Bortnik replied: "There is no ceasefire on our side of the river."',
    "There is no",
    "Sergei Bortnik",
)
P(
    "before:asked-replied-2",
    'The talks in Doha stalled again. Asked whether Hamas would accept the plan, Osama Hamdan replied: "Not in this form."',
    "Not in this",
    "Osama Hamdan",
)
P(
    "before:para-intro",
    'Amina Yusuf described the attack.\n\n"They came at night on motorcycles and burned the granary."',
    "They came",
    "Amina Yusuf",
)
P(
    "before:para-intro-2",
    'Fatima Adamu, 52, lost two sons in the raid on Kaura Namoda.\n\n"I buried them myself," she said.',
    "I buried",
    "Fatima Adamu",
)
P(
    "before:para-intro-3",
    'The Nigerian army said it had killed 30 bandits. Musa Danladi, a vigilante leader in the area, disputed that account.\n\n"Not one bandit died. The dead were farmers."',
    "Not one",
    "Musa Danladi",
)
P(
    "before:told-outlet-that",
    'Pakistan\'s military said eight soldiers were killed. Shah Khalid told Al Jazeera that "the attackers came from across the border."',
    "the attackers",
    "Shah Khalid",
)
P(
    "before:said-comma",
    'Ismail Haniyeh said, "We accept the proposal."',
    "We accept",
    "Ismail Haniyeh",
)
P(
    "before:title-chain",
    'Army spokesman Brig. Gen. Nabil Abdallah said: "The militia is retreating."',
    "The militia",
    "Nabil Abdallah",
)
P(
    "before:org-said-colon",
    'The International Committee of the Red Cross said: "Hospitals must be protected."',
    "Hospitals must",
    "International Committee of the Red Cross",
)
P(
    "before:ministry-statement",
    'In a statement, Russia\'s foreign ministry said: "Kyiv bears full responsibility."',
    "Kyiv bears",
    "Russia",
)
P(
    "before:told-reporters-in",
    'Volker Türk told reporters in Geneva: "The situation is catastrophic."',
    "The situation",
    "Volker Türk",
)
P(
    "before:added-colon",
    'Abdi Warsame said the militants had fled. He added: "We will chase them to the border."',
    "We will chase",
    "Abdi Warsame",
)
P(
    "before:posted",
    'Myanmar\'s junta said the airstrike hit a rebel base. Htet Aung posted on Facebook: "My village was the target, not a base."',
    "My village",
    "Htet Aung",
)

# ---- PRONOUNS and descriptions
P(
    "pron:he-victim",
    'Mohammed Saleh said his daughter Laila was killed in the strike. "She was only six," he said.',
    "She was only",
    "Mohammed Saleh",
)
P(
    "pron:he-after-woman",
    'Ahmad Karimi drove his wife, Zahra, to the hospital in Herat. Zahra was wounded in the blast. "There were no doctors," he said.',
    "There were no",
    "Ahmad Karimi",
)
P(
    "pron:she-after-two",
    'Maria Kovalenko and Ivan Petrenko both live on the street. Kovalenko said the shelling started at 3 a.m. "The windows blew in," she added.',
    "The windows",
    "Kovalenko#2",
)
P(
    "pron:she-two-people-diffgender",
    'Olena Shevchuk met Andriy Melnyk at the shelter. "We lost everything," she said.',
    "We lost",
    "Olena Shevchuk",
)
P(
    "pron:he-victim-named",
    'Yusuf Bello said gunmen shot his neighbour, Garba Musa, in front of his children. "They killed him like an animal," he said.',
    "They killed",
    "Yusuf Bello",
)
P(
    "desc:the-official",
    'Ali Hassan, a local official in Jowhar, said the floods had cut the road. "We cannot reach the villages," the official said.',
    "We cannot reach",
    "Ali Hassan",
)
P(
    "desc:the-spokesman",
    'Somalia\'s army spokesman, Col. Abdullahi Ali Anod, said al-Shabaab had lost the town. "Our forces are in full control," the spokesman said.',
    "Our forces",
    "Abdullahi Ali Anod",
)
P(
    "desc:the-commander",
    'The local commander, Capt. Rami Khoury, briefed reporters while Hezbollah fighters watched. "The rockets came from the south," the commander said.',
    "The rockets",
    "Rami Khoury",
)
P(
    "desc:the-ministry",
    'Lebanon\'s health ministry said 12 people were killed. Hezbollah said it had fired rockets. "The dead include three children," the ministry said.',
    "The dead include",
    "Lebanon",
)
P(
    "desc:the-agency",
    'The UN refugee agency, UNHCR, said 40,000 had crossed into Chad. Filippo Grandi visited the border. "The camps are full," the agency said.',
    "The camps",
    "UNHCR",
)
P(
    "desc:the-group",
    'Al-Shabaab claimed the attack on Mogadishu. Somali police said five people died. "Our fighters stormed the hotel," the group said.',
    "Our fighters",
    "Al-Shabaab",
)
P(
    "desc:the-army",
    'The Sudanese army said the RSF had shelled El Fasher. "Civilians were the target," the army said.',
    "Civilians were",
    "Sudanese army",
)
P(
    "desc:the-army-after-person",
    'Israel\'s army said it had killed a Hamas commander. Hamas official Basem Naim denied it. "The commander was killed in a precise strike," the army said.',
    "The commander was",
    "Israel",
)
P(
    "pron:they-joint",
    'Amina Bello and Grace Okafor said the clinic had closed. "We have nowhere to go," they said.',
    "We have nowhere",
    "Amina Bello",
)
P(
    "desc:officials-anon",
    'The Ethiopian government said the region was calm. "The roads are open," officials said.',
    "The roads are",
    None,
)
P(
    "desc:the-official-anon",
    'Fighting continued in Tigray. "The roads are closed," an official said.',
    "The roads are",
    None,
)
P(
    "desc:the-statement",
    'Human Rights Watch issued a report on Tuesday. "The killings may amount to war crimes," the report said.',
    "The killings",
    "Human Rights Watch",
)

# ---- WHICH MENTION
P(
    "which:pron-nearest-surname",
    'Ahmed Musa, a farmer, fled Baga in June. Soldiers later reached the town. Musa said the camp was crowded. "We sleep outside," he said.',
    "We sleep",
    "Musa#2",
)
P(
    "which:pron-nearest-acronym",
    'The Rapid Support Forces (RSF) denied the report. The army accused the RSF of lying. "We never entered the camp," it said.',
    "We never",
    "RSF#2",
)
P(
    "which:desc-nearest",
    'Doctors Without Borders said the hospital was hit. Later, MSF evacuated its staff. "Our staff are safe," the group said.',
    "Our staff",
    "MSF",
)
P(
    "which:after-X-said",
    'Khalid Omar, a teacher, runs the camp school. "The children are afraid," Omar said.',
    "The children",
    "Omar#2",
)
P(
    "which:after-X-said-title",
    'Gen. Abdel Fattah al-Burhan visited Port Sudan. "We will not negotiate," Burhan said.',
    "We will not",
    "Burhan#2",
)
P(
    "which:pron-third",
    'Nasser Ali runs a bakery. Ali told Reuters that flour had run out. Prices have tripled. "We bake once a week now," he said.',
    "We bake",
    "Ali#2",
)

# ---- batch 2: longer, with distractors
P(
    "b2:before:told-ap-on-day",
    'Kenyan police said the attackers crossed from Somalia. Hassan Abdi, the chief of Mandera East, told The Associated Press on Wednesday: "We found the bus burned."',
    "We found the bus",
    "Hassan Abdi",
)
P(
    "b2:before:said-of",
    'Al-Shabaab claimed the bombing. Abdirahman Nur, a survivor, said of the attack: "It was like the end of the world."',
    "It was like",
    "Abdirahman Nur",
)
P(
    "b2:before:interview-with",
    'The RSF has denied targeting civilians. In an interview with the BBC, Mohamed Hamdan Dagalo said: "We did not enter the camp."',
    "We did not enter",
    "Mohamed Hamdan Dagalo",
)
P(
    "b2:before:later-told",
    'The Colombian army blamed the ELN. Gen. Luis Emilio Cardozo later told reporters: "The explosives were placed under the bridge."',
    "The explosives",
    "Luis Emilio Cardozo",
)
P(
    "b2:before:whose-brother",
    'Israel said it targeted a Hamas command centre. Yousef Abu Shamala, whose brother was killed in the strike, said: "There were only families in the building."',
    "There were only",
    "Yousef Abu Shamala",
)
P(
    "b2:before:apposition-role",
    'The UN\'s humanitarian coordinator for Sudan, Mariam Kanoute, said: "Famine is no longer a risk, it is a fact."',
    "Famine is",
    "Mariam Kanoute",
)
P(
    "b2:before:one-resident",
    'Residents of Pokrovsk queued for water on Monday. One resident, Viktor Holub, said: "We have not had gas since June."',
    "We have not had",
    "Viktor Holub",
)
P(
    "b2:before:local-resident-age",
    'Local resident Amadou Diallo, 45, said: "The jihadists told us to leave within three days."',
    "The jihadists",
    "Amadou Diallo",
)
P(
    "b2:before:another-witness",
    'Two people died in the blast, police said. Another witness, Farid Naseri, told AFP: "The car exploded next to the school gate."',
    "The car exploded",
    "Farid Naseri",
)
P(
    "b2:before:speaking-by-phone-from",
    'Kamal Idris, speaking by phone from Kadugli, said: "The SPLM-N controls the roads around the city."',
    "The SPLM-N",
    "Kamal Idris",
)
P(
    "b2:before:warned",
    'Yemen\'s government said the Houthis were massing troops near Marib. Ali Saleh Qasim said the tribes were ready but warned: "We cannot hold without weapons."',
    "We cannot hold",
    "Ali Saleh Qasim",
)
P(
    "b2:before:also-said",
    'Boko Haram fighters stormed the barracks in Borno, the army said. Zagazola Usman also said: "The base was overrun in minutes."',
    "The base was",
    "Zagazola Usman",
)
P(
    "b2:before:televised",
    'In a televised address, President Ibrahim Traore said: "Burkina Faso will never kneel."',
    "Burkina Faso will",
    "Ibrahim Traore",
)
P(
    "b2:before:anon-senior-official",
    'Egypt and Qatar are mediating. Speaking to Reuters, a senior Egyptian official said: "Both sides have agreed to the first phase."',
    "Both sides",
    None,
)
P(
    "b2:before:post-on-x",
    'Kenya\'s interior minister, Daniel Kiprono, said in a post on X: "The attackers will be hunted down."',
    "The attackers will",
    "Daniel Kiprono",
)
P(
    "b2:before:group-statement-colon",
    'Hamas said in a statement: "The occupation bears full responsibility for the hostages."',
    "The occupation",
    "Hamas",
)
P(
    "b2:before:adding-colon",
    'The Israeli military said in a statement that it had struck Hezbollah sites, adding: "We will continue to act against any threat."',
    "We will continue",
    "Israeli military",
)
P(
    "b2:before:who-heads",
    'Musa Garba, who heads the local vigilante group, said: "We buried 17 people on Sunday."',
    "We buried",
    "Musa Garba",
)
P(
    "b2:before:surname-only-intro",
    'Ouedraogo, the mayor, said: "Nobody came to help us."',
    "Nobody came",
    "Ouedraogo",
)
P(
    "b2:before:told-that-partial",
    'Ukraine\'s military said Russian troops had advanced. Oleksandr Tkachenko told CNN on Sunday that the army was "running out of shells".',
    "running out",
    "Oleksandr Tkachenko",
)
P(
    "b2:before:the-X-chief-said",
    'WHO chief Tedros Adhanom Ghebreyesus said on X: "Hospitals are not a target."',
    "Hospitals are",
    "Tedros Adhanom Ghebreyesus",
)
P(
    "b2:before:quote-para-after-multi",
    'The Sudanese army and the RSF blamed each other. Halima Adam, a mother of five, fled on foot with her children.\n\n"We walked for four days without food."',
    "We walked",
    "Halima Adam",
)
P(
    "b2:before:quote-para-after-said",
    'Zainab Musa said she saw gunmen on motorcycles.\n\n"They shot anyone who ran. My husband was one of them."',
    "They shot",
    "Zainab Musa",
)
P(
    "b2:before:statement-added",
    'The International Rescue Committee said in a statement that aid had stopped. The statement added: "Millions face starvation."',
    "Millions face",
    "International Rescue Committee",
)
P(
    "b2:before:the-group-said-colon",
    'Al-Shabaab claimed the attack on Monday. The group said: "Our fighters killed dozens of apostate soldiers."',
    "Our fighters",
    "Al-Shabaab",
)
P(
    "b2:before:in-a-statement-X-said",
    'In a statement, UNICEF said: "At least 50 children have been killed this month."',
    "At least 50",
    "UNICEF",
)
P(
    "b2:before:X-said-on-telegram-that",
    'Russia\'s defence ministry said it had repelled the attack. Vyacheslav Gladkov, the Belgorod governor, said on Telegram that "two civilians were wounded."',
    "two civilians",
    "Vyacheslav Gladkov",
)
P(
    "b2:before:told-agency",
    'Pakistan\'s army said its troops killed 12 militants. A police officer in Bannu, Iqbal Khan, told the dpa news agency: "The attackers wore suicide vests."',
    "The attackers wore",
    "Iqbal Khan",
)

# pronouns 2
P(
    "b2:pron:he-brother-killed",
    'Abdullah Noor said his brother, Khalid, was killed in the strike on Rafah. "He was bringing bread," he said.',
    "He was bringing",
    "Abdullah Noor",
)
P(
    "b2:pron:he-after-she-named-earlier",
    'Samira Haddad runs the clinic. Ahmed Haddad, her husband, drives the ambulance. Samira said the fuel ran out on Monday. "We carried patients by hand," she said.',
    "We carried",
    "Samira#2",
)
P(
    "b2:pron:she-nearest-is-man",
    'Grace Akello, a nurse at Lacor hospital, treated the wounded. The hospital director, Dr. Peter Okot, said 12 had died. "Some were children," she said.',
    "Some were",
    "Grace Akello",
)
P(
    "b2:pron:the-45-year-old",
    'Omar Farouk lost his shop in the fire in Khan Younis. "Everything is gone," the 45-year-old said.',
    "Everything",
    "Omar Farouk",
)
P(
    "b2:desc:father-of-three",
    'Mahmoud Darwish was at home in Jabalia when the strike hit. "I pulled my children out of the rubble," the father of three said.',
    "I pulled",
    "Mahmoud Darwish",
)
P(
    "b2:desc:the-minister",
    'Ukraine\'s foreign minister, Andrii Sybiha, met Kaja Kallas in Brussels. "We need air defence now," the minister said.',
    "We need air",
    "Andrii Sybiha",
)
P(
    "b2:desc:the-governor-other-role",
    'Governor Babagana Zulum visited the camp with the army commander, Maj. Gen. Waidi Shaibu. "We will rebuild every house," the governor said.',
    "We will rebuild",
    "Babagana Zulum",
)
P(
    "b2:desc:the-military",
    'Israel\'s military said it had struck Hezbollah targets in Tyre. Hezbollah said it fired rockets at Haifa. "The targets were weapons depots," the military said.',
    "The targets",
    "Israel",
)
P(
    "b2:desc:the-rebels",
    'The M23 rebels seized Goma in January. Congo\'s army said it was regrouping. "We will not withdraw," the rebels said.',
    "We will not withdraw",
    "M23",
)
P(
    "b2:desc:the-police",
    'Kenya Police said six officers were killed. Al-Shabaab claimed the attack. "The area has been secured," the police said.',
    "The area",
    "Kenya Police",
)
P(
    "b2:desc:the-un-agency",
    'The World Food Programme said it had suspended deliveries. Sudan\'s army accused the RSF. "We cannot reach the people who need it," the UN agency said.',
    "We cannot reach",
    "World Food Programme",
)
P(
    "b2:desc:the-statement-said",
    'Hamas issued a statement on Sunday. "The agreement is dead," the statement said.',
    "The agreement",
    "Hamas",
)
P(
    "b2:pron:it-said",
    'The Syrian Observatory for Human Rights said 14 people were killed. "Most were civilians," it said.',
    "Most were",
    "Syrian Observatory for Human Rights",
)
P(
    "b2:pron:they-two-named-after",
    'Ali Reza and Hossein Ahmadi fled Herat after the quake. "We lost our house," they told AFP.',
    "We lost our",
    "Ali Reza",
)
P(
    "b2:pron:he-with-victim-between",
    'Mohammed Idris, a teacher, said gunmen took his son. The boy, Yusuf Idris, is 12. "I just want him back," he said.',
    "I just want",
    "Mohammed Idris",
)
P(
    "b2:pron:he-surname-nearest",
    'Jean-Pierre Bemba Lukusa, a trader in Bunia, saw the attack. Lukusa said the militia burned 40 houses. Many fled to Uganda. "The CODECO fighters came at dawn," he said.',
    "The CODECO",
    "Lukusa#2",
)
P(
    "b2:desc:the-spokesman-org",
    'The army spokesman, Col. Nabil Abdalla, said the RSF had shelled the market. The RSF denied it. "Our forces repelled the attack," the spokesman said.',
    "Our forces",
    "Nabil Abdalla",
)
P(
    "b2:desc:a-spokesman-anon",
    'The army said the RSF had shelled the market. "Our forces repelled the attack," an army spokesman said.',
    "Our forces",
    None,
)
P(
    "b2:desc:officials-said",
    'The Taliban said the border was closed. "No one can cross," Taliban officials said.',
    "No one can",
    None,
)

# ---- batch 3: which mention
P(
    "b3:which:group-acronym",
    "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the ambush. Mali's army said it lost 12 soldiers. JNIM has been active in the area since 2017. \"We will strike again,\" the group said.",
    "We will strike",
    "JNIM#2",
)
P(
    "b3:which:official-surname",
    'Ali Hassan, a local official in Jowhar, said the floods cut the road. Hassan has lived in the town for 20 years. "I have never seen water like this," the official said.',
    "I have never",
    "Hassan#2",
)
P(
    "b3:which:before-surname-colon",
    'Ali Hassan, a local official in Jowhar, said the floods cut the road. Hassan told reporters: "We need boats."',
    "We need boats",
    "Hassan#2",
)
P(
    "b3:which:split",
    '"The water came at night," Hassan said after Ali Hassan had spoken. "Nobody was ready."',
    "Nobody was",
    "Hassan#1",
)
P(
    "b3:which:he-added-after-split",
    'Ali Hassan, a local official, said the road was cut. "We need boats," Hassan said. "The army has none." He added: "We are alone."',
    "We are alone",
    "Hassan#2",
)
P(
    "b3:which:said-X-adding",
    '"We need boats," said Hassan, adding: "The army has none."',
    "The army has",
    "Hassan",
)
P(
    "b3:which:para-continue",
    'Ali Hassan, a local official, said the road was cut.\n\n"We need boats," Hassan said.\n\n"The army has none. We are alone."',
    "The army has",
    "Hassan#2",
)
P(
    "b3:which:pron-after-other-speaker",
    'Ali Hassan, a local official, said the road was cut. "We need boats," Hassan said. The governor, Abdi Farah, promised help. "The boats are coming," Farah said. "They were not here yesterday," Hassan said later.',
    "They were not",
    "Hassan#3",
)
P(
    "b3:which:she-alternate",
    'Maryam Said, a nurse, and Abdi Farah, a driver, reached the camp. "There is no water," Said said. "The wells are dry," Farah said. "Children are sick," she said.',
    "Children are",
    "Said#2",
)
P(
    "b3:which:the-ministry-nearest",
    'Iraq\'s interior ministry said five were killed. Later the ministry raised the toll. The interior ministry said in a second statement that a curfew was imposed. "The situation is under control," the ministry said.',
    "The situation",
    "Iraq",
)
P(
    "b3:which:agency-acronym",
    'The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 20,000 had fled. OCHA said roads were blocked. "Access is the main problem," the office said.',
    "Access is",
    "OCHA#2",
)
P(
    "b3:which:he-full-after-surname",
    'Maj. Ahmed Bakr said the RSF had withdrawn. "They left their dead behind," Bakr said. Witnesses confirmed the retreat. "We counted 30 bodies," he added.',
    "We counted",
    "Bakr#2",
)
P(
    "b3:which:quote-after-sentence-subject-surname",
    'Fighters loyal to Hemedti entered the town, residents said. Ibrahim Musa, a teacher, hid in his house. Musa said he heard gunfire for hours.\n\n"They went from door to door."',
    "They went",
    "Musa#2",
)

# ---- batch 4: complex sentences, partial quotes, spokespeople
P(
    "b4:partial-which-clause",
    'Adam Yahya said the RSF, which has besieged El Fasher since May, had "no intention of letting civilians leave".',
    "no intention",
    "Adam Yahya",
)
P(
    "b4:partial-that-and-that",
    'Khalid Mahmoud said the strike had killed 12 people, most of them women, and that Israel had "no regard for civilian life".',
    "no regard",
    "Khalid Mahmoud",
)
P(
    "b4:accused-of",
    'Hamas official Basem Naim accused Israel of "deliberately starving two million people".',
    "deliberately",
    "Basem Naim",
)
P(
    "b4:described-as",
    'The Sudanese foreign ministry described the RSF attack as "a war crime".',
    "a war crime",
    "Sudanese foreign ministry",
)
P(
    "b4:called-the-strike",
    'Lebanon\'s prime minister, Nawaf Salam, called the Israeli strike "a flagrant violation" of the ceasefire.',
    "a flagrant",
    "Nawaf Salam",
)
P(
    "b4:urged-to",
    'Antonio Guterres urged both sides to "stop the fighting now".',
    "stop the fighting",
    "Antonio Guterres",
)
P(
    "b4:vowed-to",
    'Pakistan\'s prime minister, Shehbaz Sharif, vowed to "eliminate terrorism from its roots".',
    "eliminate",
    "Shehbaz Sharif",
)
P(
    "b4:spokesman-for-org-colon",
    'Al-Shabaab fighters attacked the base in Lower Shabelle. A spokesman for the group said: "We control the town."',
    "We control",
    "Al-Shabaab",
)
P(
    "b4:spokesman-for-org-named",
    'A spokesman for the army, Brig. Gen. Nabil Abdalla, said: "We repelled the attack."',
    "We repelled",
    "Nabil Abdalla",
)
P(
    "b4:name-spokesman-for",
    'Nabil Abdalla, a spokesman for the Sudanese army, said: "We repelled the attack."',
    "We repelled",
    "Nabil Abdalla",
)
P(
    "b4:possessive-spokesman",
    'The RSF\'s spokesman, Al-Fateh Qurashi, told Al Jazeera: "Our forces did not enter the camp."',
    "Our forces",
    "Al-Fateh Qurashi",
)
P(
    "b4:org-then-named-rep",
    'Doctors Without Borders said its hospital in Omdurman was hit. Its head of mission, Claire Nicolet, said: "Patients were killed in their beds."',
    "Patients were",
    "Claire Nicolet",
)
P(
    "b4:X-office-said",
    'Benjamin Netanyahu\'s office said in a statement: "Israel will act against any threat."',
    "Israel will act",
    "Benjamin Netanyahu",
)
P(
    "b4:spokesman-for-X-told",
    'A spokesman for Ukraine\'s air force, Yuriy Ihnat, told Ukrainian television: "The Russians launched 90 drones."',
    "The Russians",
    "Yuriy Ihnat",
)
P(
    "b4:said-long-pp",
    'Samuel Okoro said on Tuesday at a news conference in Abuja, the capital, that troops had "neutralised" dozens of fighters.',
    "neutralised",
    "Samuel Okoro",
)
P(
    "b4:in-a-statement-on-telegram",
    'In a statement on Telegram, the Wagner-linked group Africa Corps said: "Our units destroyed a terrorist column."',
    "Our units",
    "Africa Corps",
)
P(
    "b4:in-a-statement-group-said-that",
    'In a statement posted on its website, the Arakan Army said that the junta had "bombed a monastery full of refugees".',
    "bombed a",
    "Arakan Army",
)
P(
    "b4:blamed",
    'Iraq\'s Kurdistan region blamed Turkey, saying the strikes were "an attack on our sovereignty".',
    "an attack",
    "Kurdistan",
)
P(
    "b4:saying-partial",
    'The Houthis claimed the attack, saying they had targeted "an Israeli-linked ship".',
    "an Israeli-linked",
    "Houthis",
)
P(
    "b4:told-reporters-after",
    'After meeting Hamas leaders in Doha, Qatari prime minister Mohammed bin Abdulrahman Al Thani told reporters: "We are close."',
    "We are close",
    "Mohammed bin Abdulrahman Al Thani",
)
P(
    "b4:quoted-as-saying",
    'State media quoted Kim Yo Jong as saying: "Seoul will pay."',
    "Seoul will",
    "Kim Yo Jong",
)
P(
    "b4:the-X-quoted-Y",
    'The Tasnim news agency quoted Ali Fadavi as saying the navy was "ready for any scenario".',
    "ready for",
    "Ali Fadavi",
)
P(
    "b4:rank-chain-colon",
    'Nigerian army spokesman Maj. Gen. Onyema Nwachukwu told journalists in Abuja: "The terrorists are on the run."',
    "The terrorists",
    "Onyema Nwachukwu",
)
P(
    "b4:name-age-colon",
    'Nasra Abdi, 29, who fled Baidoa with her four children, told AFP: "We had nothing to eat for three days."',
    "We had nothing",
    "Nasra Abdi",
)
P(
    "b4:X-and-org",
    'Hezbollah and the Lebanese army were not available for comment. Mohammad Raad, a Hezbollah lawmaker, said: "The resistance will respond."',
    "The resistance",
    "Mohammad Raad",
)
P(
    "b4:dash",
    'Mustafa Barghouti - who heads the Palestinian National Initiative - said: "This is collective punishment."',
    "This is collective",
    "Mustafa Barghouti",
)

# ---- batch 5: pronouns in longer context
P(
    "b5:he-object-person",
    'Khalid Mansour said he had spoken to Abdel Fattah al-Burhan on Monday. "He promised nothing," he said.',
    "He promised",
    "Khalid Mansour",
)
P(
    "b5:he-told-that-Y",
    'Ibrahim Adam told Reuters that the commander, Osman Bashir, had fled to Chad. "He left his men behind," he said.',
    "He left his",
    "Ibrahim Adam",
)
P(
    "b5:she-pronoun-chain",
    'Grace Njeri is a nurse in Kakuma. She said the doctor, Paul Otieno, had left the camp in May. "Since then we are alone," she added.',
    "Since then",
    "Grace Njeri",
)
P(
    "b5:he-para-nearest-speaker",
    'Abdi Nur, a farmer, said gunmen came at dawn.\n\nPolice spokesman Resila Onyango said three suspects were arrested.\n\n"We are still searching for the others," he said.',
    "We are still",
    "Resila Onyango",
)
P(
    "b5:the-farmer",
    'Abdi Nur, a farmer in Beledweyne, lost his crops in the floods. The governor, Ali Jeyte, toured the area. "I have nothing left to sell," the farmer said.',
    "I have nothing",
    "Abdi Nur",
)
P(
    "b5:the-woman",
    'Fatuma Hassan sat outside the clinic with her baby. Dr. Ahmed Ali said the clinic had no medicine. "My baby has a fever for three days," the woman said.',
    "My baby",
    "Fatuma Hassan",
)
P(
    "b5:the-man-anon",
    'Fatuma Hassan sat outside the clinic. A man waiting beside her was more blunt. "Nobody is coming," the man said.',
    "Nobody is",
    None,
)
P(
    "b5:the-ngo-added",
    'Save the Children said 40 children had died of hunger. Sudan\'s army blamed the RSF. "This is a man-made catastrophe," the charity added.',
    "This is a man-made",
    "Save the Children",
)
P(
    "b5:it-added-after-person",
    'The Norwegian Refugee Council said aid workers had been detained by the RSF. Its director, Jan Egeland, called for their release. "Our staff must be freed," it added.',
    "Our staff",
    "Norwegian Refugee Council",
)
P(
    "b5:report-said",
    'Amnesty International published a report on Thursday accusing the RSF of mass killings. "The evidence is overwhelming," the report said.',
    "The evidence",
    "Amnesty International",
)
P(
    "b5:statement-said-after-X-said-in-statement",
    'The Malian army said in a statement that it had killed 20 jihadists near Menaka. JNIM disputed the figure. "The terrorists fled into the bush," the statement said.',
    "The terrorists",
    "Malian army",
)
P(
    "b5:he-after-quote-with-name",
    'Hussein Ali described the night the militia came. "They shot my brother, Musa, in front of me," he said. "Then they took the cattle," he added.',
    "Then they took",
    "Hussein Ali",
)
P(
    "b5:she-two-women-subject",
    'Aisha Bello, a teacher, met Halima Garba, the head of the camp, on Monday. Bello said the school had closed. "We have no books," she said.',
    "We have no books",
    "Bello#2",
)
P(
    "b5:he-wife-killed-then",
    'Anwar Qasem lost his wife, Layla, and two daughters in the strike. Layla was a teacher. "I do not know how to tell my son," he said.',
    "I do not know",
    "Anwar Qasem",
)
P(
    "b5:the-official-nearest-role",
    'Mohamed Abdi, a district official in Baidoa, said the camp had grown. A doctor, Hawa Aden, said cholera had spread. "We need help from Mogadishu," the official said.',
    "We need help",
    "Mohamed Abdi",
)
P(
    "b5:the-commander-named-earlier",
    'The RSF commander in the area, Ali Rizeigat, said his forces controlled the road. Sudan\'s army denied it. Residents said fighting continued. "We will enter El Fasher," the commander said.',
    "We will enter",
    "Ali Rizeigat",
)
P(
    "b5:he-victim-killed-named",
    'Mohammed Nasser, 40, said his cousin, Ahmed Nasser, was shot dead at the checkpoint. "We never found out why," he said.',
    "We never found",
    "Mohammed Nasser",
)
P(
    "b5:he-nearest-victim-no-kin",
    'Aid worker Samuel Deng said gunmen killed Peter Malual, a driver, on the road to Pibor. "He was unarmed," he said.',
    "He was unarmed",
    "Samuel Deng",
)
P(
    "b5:he-after-victim-in-prev-para",
    'Samuel Deng, an aid worker, said the convoy was attacked near Pibor.\n\nThe driver, Peter Malual, was shot dead.\n\n"He was unarmed and the trucks were marked," he said.',
    "He was unarmed",
    "Samuel Deng",
)
P(
    "b5:the-group-after-two-groups",
    'The Arakan Army said it had captured a junta base. Myanmar\'s military did not respond. "The base fell after three days," the group said.',
    "The base fell",
    "Arakan Army",
)
P(
    "b5:the-army-after-group",
    'Myanmar\'s military said it had repelled the Arakan Army. "The terrorists suffered heavy losses," the military said.',
    "The terrorists",
    "Myanmar",
)
P(
    "b5:they-org-plural",
    'The Houthis said they had fired missiles at Eilat. "Our operations will continue," they said.',
    "Our operations",
    "Houthis",
)
P(
    "b5:the-mission",
    'The UN peacekeeping mission in South Sudan, UNMISS, said its base in Malakal was hit. South Sudan\'s army blamed the White Army. "Two peacekeepers were wounded," the mission said.',
    "Two peacekeepers",
    "UNMISS",
)

# ---- batch 6
P(
    "b6:para-after-final-said-X",
    'The shelling killed 12 people, said Ahmed Warsame, the district commissioner.\n\n"Most of them were waiting for bread."',
    "Most of them",
    "Ahmed Warsame",
)
P(
    "b6:para-after-non-speech",
    'Halima Adam, 45, was at the market when the shell landed. She ran home to find her children.\n\n"The house was gone. I dug with my hands."',
    "The house was",
    "Halima Adam",
)
P(
    "b6:wrote-on-telegram-that",
    'In Kharkiv, the regional governor, Oleh Syniehubov, wrote on Telegram that "a guided bomb hit a residential building".',
    "a guided bomb",
    "Oleh Syniehubov",
)
P(
    "b6:second-partial",
    'Ali Jeyte said the militants would "pay a heavy price" and that the army would "never rest".',
    "never rest",
    "Ali Jeyte",
)
P(
    "b6:however-colon",
    'The army said it had taken the town. Ahmed Nur, however, said: "The militants are still there."',
    "The militants are",
    "Ahmed Nur",
)
P(
    "b6:but-lawyer",
    'The army said Musa Ali had been arrested for spying, but his lawyer, Grace Eze, said: "He is a journalist, nothing more."',
    "He is a journalist",
    "Grace Eze",
)
P(
    "b6:recalled",
    'Zainab Haruna recalled: "They came at night and took the girls."',
    "They came at night",
    "Zainab Haruna",
)
P(
    "b6:insisted",
    'Hamas denied the charge. Its spokesman, Hazem Qassem, insisted: "We never used the hospital."',
    "We never used",
    "Hazem Qassem",
)
P(
    "b6:added-in-statement-that",
    'UNICEF said 30 children died. Catherine Russell added in a statement that "children are paying the heaviest price".',
    "children are paying",
    "Catherine Russell",
)
P(
    "b6:citing",
    'Citing Ahmed Bakr, the state news agency SUNA reported that the RSF had "fled in disarray".',
    "fled in",
    "Ahmed Bakr",
)
P(
    "b6:told-nyt-after",
    '"We are not leaving," Maria Kovalenko told The New York Times.',
    "We are not",
    "Maria Kovalenko",
)
P(
    "b6:he-declining-name",
    '"The bodies are still under the rubble," one rescuer told AFP, declining to give his name.',
    "The bodies",
    None,
)
P(
    "b6:before-two-speakers-para",
    'Ahmed Nur, a shopkeeper, and Fatima Warsame, a teacher, survived the blast.\n\nNur said: "I was thrown across the street."',
    "I was thrown",
    "Nur#2",
)
P(
    "b6:then-she",
    'Nur said: "I was thrown across the street." Warsame said the school had been hit twice. She added: "We have no classrooms left."',
    "We have no",
    "Warsame",
)
P(
    "b6:X-says-present",
    'Yasmin Hamdan, 31, says: "There is no safe place in Gaza."',
    "There is no safe",
    "Yasmin Hamdan",
)
P(
    "b6:before-colon-after-name-role-long",
    'Mohamed Abdi Warsame, the commissioner of Beledweyne district in Hiiraan region, told Somali state radio on Sunday: "The water has reached the hospital."',
    "The water has",
    "Mohamed Abdi Warsame",
)
P(
    "b6:according-to-statement-by",
    'According to a statement by the Houthis, "the ship was hit directly".',
    "the ship was",
    "Houthis",
)
P(
    "b6:according-to-org-spokesman",
    'According to Hassan Ismail, a spokesman for the Sudan Doctors Network, "the hospital is out of service".',
    "the hospital is",
    "Hassan Ismail",
)
P(
    "b6:in-a-post-X-said",
    'In a post on X, Kaja Kallas said: "Russia must be held accountable."',
    "Russia must",
    "Kaja Kallas",
)
P(
    "b6:separately-org",
    'Separately, the Norwegian Refugee Council said: "Aid cannot get through."',
    "Aid cannot",
    "Norwegian Refugee Council",
)
P(
    "b6:said-sentence-then-quote-sentence",
    'Ahmed Nur said the militants had left. "They took the cattle with them."',
    "They took the cattle",
    "Ahmed Nur",
)
P(
    "b6:quote-after-object-person",
    'Ahmed Nur said he saw militants kill Abdi Farah at the well. "They shot him twice."',
    "They shot him",
    "Ahmed Nur",
)
P(
    "b6:quote-para-after-report",
    'Human Rights Watch said in a report that the RSF had killed at least 200 people in the camp.\n\n"The killings were systematic and deliberate."',
    "The killings",
    "Human Rights Watch",
)

# ---- batch 7
P(
    "b7:ministry-after-other-state",
    'Russia\'s defence ministry said it downed 30 Ukrainian drones. Ukraine did not comment. "All targets were destroyed," the ministry said.',
    "All targets",
    "Russia",
)
P(
    "b7:it-said-state",
    'Israel said it had struck Hezbollah sites in Lebanon overnight. "The sites were used to store rockets," it said.',
    "The sites",
    "Israel#1",
)
P(
    "b7:group-said-after-person-of-group",
    'Hezbollah said it fired drones at a base. Its leader, Naim Qassem, spoke on Sunday. "The drones hit their targets," the group said.',
    "The drones",
    "Hezbollah",
)
P(
    "b7:after-he-told-tv",
    'Sudan\'s army chief, Abdel Fattah al-Burhan, visited Khartoum. "We will finish the rebellion," he told state television.',
    "We will finish",
    "Abdel Fattah al-Burhan",
)
P(
    "b7:after-said-role-desc",
    '"We need more tents," said Ahmed Nur, who coordinates aid in the camp for the Somali Red Crescent.',
    "We need more",
    "Ahmed Nur",
)
P(
    "b7:after-X-of-org-said",
    '"The clinic is closed," Hawa Aden of Save the Children said.',
    "The clinic",
    "Hawa Aden",
)
P(
    "b7:after-org-spokesperson-X",
    '"No convoys have entered," UN spokesperson Stephane Dujarric told reporters.',
    "No convoys",
    "Stephane Dujarric",
)
P(
    "b7:which-after-surname-possessive",
    'Hassan Nur runs the market. Nur\'s shop burned in the fire. "I lost everything," he said.',
    "I lost",
    "Nur#2",
)
P(
    "b7:which-desc-acronym",
    'The Kenya Defence Forces (KDF) said they killed 12 militants. The KDF said the raid was near Kolbio. "Our troops suffered no casualties," the army said.',
    "Our troops",
    "KDF#2",
)
P(
    "b7:which-pron-after-quote",
    'Ahmed Nur said the road was cut. "We walked," Nur said, "for two days." He added that his son was sick. "He has a fever," he said.',
    "He has a fever",
    "Nur#2",
)
P(
    "b7:x-who-asked-not-named-named",
    'Ahmed Nur, who asked that his village not be named, said: "The militants collect taxes."',
    "The militants",
    "Ahmed Nur",
)
P(
    "b7:anon-a-resident-who",
    'A resident of Baidoa, who gave his name only as Abdi, told Reuters: "We heard three explosions."',
    "We heard",
    # (a name given, even a first name only, is named: the dev gold links "a JNIM commander
    # who gave his name only as Abu Hamza said" and "who gave only her first name, Mariam")
    "Abdi",
)
P(
    "b7:statement-from-read-person",
    'A statement from the office of Lt. Gen. Ahmed Bakr read: "The city is secure."',
    "The city",
    "Ahmed Bakr",
)
P(
    "b7:the-statement-read",
    'UNICEF issued a statement on Sunday. The statement read: "Children are dying of hunger."',
    "Children are",
    "UNICEF",
)
P(
    "b7:asked-X-said",
    'Asked whether the army would withdraw, Ahmed Bakr said: "Not while the RSF is in the city."',
    "Not while",
    "Ahmed Bakr",
)
P(
    "b7:when-asked",
    'When asked about the casualties, the army spokesman, Col. Nabil Abdalla, said: "We do not comment on losses."',
    "We do not",
    "Nabil Abdalla",
)
P(
    "b7:she-said-group-member",
    'Amina Yusuf, a member of the Bring Back Our Girls campaign, said the girls were still missing. "We will not stop," she said.',
    "We will not stop",
    "Amina Yusuf",
)
P(
    "b7:they-said-group",
    'The Taliban said they had arrested the attackers. "They will be punished," they said.',
    "They will",
    "Taliban",
)
P(
    "b7:the-spokesman-for-org-anon-then-desc",
    'The Houthis claimed the attack. Their spokesman, Yahya Saree, said on television that missiles hit the ship. "The ship is on fire," the spokesman added.',
    "The ship is on",
    "Yahya Saree",
)
P(
    "b7:before-said-x-partial-quote-middle",
    'Ahmed Nur said the attack was "a massacre" and blamed the army.',
    "a massacre",
    "Ahmed Nur",
)

# ---- batch 8: descriptions by title
P(
    "b8:the-general",
    'Maj. Gen. Ahmed Bakr commands the troops in Omdurman. Bakr met tribal leaders on Monday. "The RSF will be pushed out," the general said.',
    "The RSF will",
    "Bakr#2",
)
P(
    "b8:the-president",
    'President Ibrahim Traore addressed the nation on Sunday. Mali and Niger sent delegations. "We will defend every village," the president said.',
    "We will defend",
    "Ibrahim Traore",
)
P(
    "b8:the-envoy",
    'The UN envoy for Sudan, Ramtane Lamamra, met Burhan in Port Sudan. "Both sides must stop," the envoy said.',
    "Both sides must",
    "Ramtane Lamamra",
)
P(
    "b8:the-envoy-2",
    'The UN envoy for Sudan, Ramtane Lamamra, met army chief Abdel Fattah al-Burhan in Port Sudan. "Both sides must stop," the envoy said.',
    "Both sides must",
    "Ramtane Lamamra",
)
P(
    "b8:the-priest",
    'Father Emmanuel Okafor buried 14 parishioners on Sunday. Police spokesman Bala Musa said arrests had been made. "I have buried children before, but never so many," the priest said.',
    "I have buried",
    "Emmanuel Okafor",
)
P(
    "b8:the-colonel",
    'Col. Abdoulaye Maiga announced the new measures. The interim president, Assimi Goita, signed the decree. "Security comes first," the colonel said.',
    "Security comes",
    "Abdoulaye Maiga",
)
P(
    "b8:the-mayor-past-other-speaker",
    'The mayor of Kharkiv, Ihor Terekhov, said the strike hit a school. Oleh Syniehubov, the regional governor, reported three dead. "There were no soldiers there," the mayor said later.',
    "There were no soldiers",
    "Ihor Terekhov",
)
P(
    "b8:the-doctor",
    'Dr. Hawa Aden runs the only hospital in Baidoa. Abdi Nur, a trader, brought his son there. "We have no oxygen," the doctor said.',
    "We have no oxygen",
    "Hawa Aden",
)
P(
    "b8:the-survivor",
    'Abdi Nur survived the blast that killed 12 people at the market. Police chief Ahmed Ali said the bomber was arrested. "I saw the car explode," the survivor said.',
    "I saw the car",
    "Abdi Nur",
)
P(
    "b8:the-minister-possessive",
    'Nigeria\'s information minister, Mohammed Idris, spoke after the attack. Governor Babagana Zulum toured the town. "The terrorists will be found," the minister said.',
    "The terrorists will",
    "Mohammed Idris",
)

# ---- batch 9: before, with long appositions
P(
    "b9:appos-which",
    'Ahmed Nur, a spokesman for the Somali government, which has fought al-Shabaab since 2007, told reporters in Mogadishu: "The group is weakened."',
    "The group is",
    "Ahmed Nur",
)
P(
    "b9:whose-son-killed-by",
    'Abdi Farah, whose son was killed by al-Shabaab last year, said: "I want justice."',
    "I want justice",
    "Abdi Farah",
)
P(
    "b9:org-which-runs",
    'Hamas, which runs Gaza, said in a statement: "The occupation is lying."',
    "The occupation",
    "Hamas",
)
P(
    "b9:saf-which",
    'The Sudanese Armed Forces, which have been fighting the RSF since April 2023, said: "El Fasher will not fall."',
    "El Fasher",
    "Sudanese Armed Forces",
)
P(
    "b9:told-council",
    'Tom Fletcher, the UN\'s humanitarian chief, told the Security Council: "Famine is spreading."',
    "Famine is",
    "Tom Fletcher",
)
P(
    "b9:alongside",
    'Speaking at a news conference alongside Kenyan President William Ruto, Ethiopian Prime Minister Abiy Ahmed said: "We want peace with Eritrea."',
    "We want peace",
    "Abiy Ahmed",
)
P(
    "b9:after-meeting-X-Y-said",
    'After meeting Hamas officials in Cairo, Egypt\'s foreign minister, Badr Abdelatty, said: "A deal is within reach."',
    "A deal is",
    "Badr Abdelatty",
)
P(
    "b9:responding-to",
    'Responding to the UN report, Sudan\'s ambassador, Al-Harith Idriss, said: "The report is biased."',
    "The report is",
    "Al-Harith Idriss",
)
P(
    "b9:in-response-org",
    'In response to the accusations, the RSF said: "We are committed to protecting civilians."',
    "We are committed",
    "RSF",
)
P(
    "b9:quoting-him",
    'Ahmed Nur, the district commissioner, was quoted by the Somali National News Agency as saying: "The militants fled."',
    "The militants fled",
    "Ahmed Nur",
)
P(
    "b9:telling-afp",
    'Grace Eze fled Maiduguri in 2014, telling AFP: "We left with nothing."',
    "We left",
    "Grace Eze",
)
P(
    "b9:X-who-wrote-on-x",
    'Josep Borrell, who visited the crossing on Monday, wrote on X: "Aid must enter Gaza now."',
    "Aid must",
    "Josep Borrell",
)
P(
    "b9:the-head-of-org-X",
    'The head of the World Food Programme in Sudan, Eddie Rowe, said: "We are running out of food."',
    "We are running",
    "Eddie Rowe",
)
P(
    "b9:org-chief-X-said",
    'WFP chief Cindy McCain told CBS: "There is full-blown famine in the north."',
    "There is full",
    "Cindy McCain",
)
P(
    "b9:sentence-before-has-other-quote",
    'Hamas said the Israeli claim was "a lie". Israel\'s military spokesman, Avichay Adraee, said: "We struck a command centre."',
    "We struck",
    "Avichay Adraee",
)
P(
    "b9:dash-aside-org",
    'The International Rescue Committee - one of the few aid groups still working in the camp - said: "Conditions are catastrophic."',
    "Conditions are",
    "International Rescue Committee",
)

# ---- batch 10: descriptions of bodies
P(
    "b10:the-agency-news",
    'Iran\'s Tasnim news agency reported that the navy had seized a tanker. The US Navy said it was monitoring. "The tanker was smuggling fuel," the agency said.',
    "The tanker was",
    "Tasnim",
)
P(
    "b10:the-group-relclause",
    'Ansar Dine, which is allied with al-Qaeda, claimed the attack on the base. Mali\'s army said five soldiers died. "We will continue the jihad," the group said.',
    "We will continue",
    "Ansar Dine",
)
P(
    "b10:the-force",
    'The Rapid Support Forces said they had captured the base. The army denied it. "Our forces now control the airport," the paramilitary force said.',
    "Our forces now",
    "Rapid Support Forces",
)
P(
    "b10:the-coalition",
    'The Saudi-led coalition said it had intercepted a drone fired by the Houthis. "The drone targeted civilians in Jazan," the coalition said.',
    "The drone targeted",
    "Saudi-led coalition",
)
P(
    "b10:the-militia",
    'The Fano militia said it had captured Debre Markos. Ethiopia\'s government called the claim false. "The city is ours," the militia said.',
    "The city is ours",
    "Fano",
)
P(
    "b10:the-committee",
    'The International Committee of the Red Cross (ICRC) said its staff were safe. Israel said it was investigating. "Humanitarian workers must be protected," the committee said.',
    "Humanitarian workers",
    "ICRC",
)
P(
    "b10:the-un-said",
    'UNHCR said 30,000 people had crossed. The UN said aid was short. "Every day more arrive," the agency said.',
    "Every day",
    "UNHCR",
)
P(
    "b10:the-ministry-possessive-gaza",
    'The health ministry in Gaza said 40 people were killed. Israel\'s military said it targeted militants. "Most of the dead were women and children," the ministry said.',
    "Most of the dead",
    None,
)
P(
    "b10:it-added-state",
    'Pakistan said its forces killed 20 militants near the Afghan border. "The terrorists were operating from Afghanistan," it added.',
    "The terrorists were",
    "Pakistan",
)
P(
    "b10:the-government-said",
    'Somalia\'s government said it had retaken the town from al-Shabaab. "The town is now safe," the government said.',
    "The town is now",
    "Somalia",
)
P(
    "b10:they-after-org-and-people",
    'Doctors Without Borders said two staff were wounded. Ahmed Nur and Fatima Ali were treated in Mogadishu. "We are suspending our work," the organisation said.',
    "We are suspending",
    "Doctors Without Borders",
)

# ---- batch 11: she/he with a gender-unknown name nearest
P(
    "b11:she-after-unknown-man",
    'Amina Yusuf, a nurse, lost her house in the flood.\n\nThe governor, Babagana Zulum, visited the camp on Monday.\n\n"We sleep on the ground," she said.',
    "We sleep on",
    "Amina Yusuf",
)
P(
    "b11:she-after-unknown-man-surname",
    'Mrs Ngozi Eze lost her shop in the fire. Police commissioner Okon Bassey blamed a faulty generator. "The fire started next door," she said.',
    "The fire started",
    "Ngozi Eze",
)
P(
    "b11:he-unknown-speaker",
    'Amina Yusuf, a nurse, treated the wounded. Babagana Zulum, the governor, visited the camp. "We will rebuild," he said.',
    "We will rebuild",
    "Babagana Zulum",
)
P(
    "b11:she-unknown-woman",
    'Okon Bassey, the police commissioner, blamed a generator. Chiamaka Obi, a trader, lost her shop. "The fire started next door," she said.',
    "The fire started",
    "Chiamaka Obi",
)

# ---- batch 12: continuation and standalone
P(
    "b12:continue-para",
    '"We lost everything," Ahmed Nur said.\n\n"The water took the house, the goats, the grain."',
    "The water took",
    "Ahmed Nur",
)
P(
    "b12:new-speaker-disagreed",
    '"We lost everything," Ahmed Nur said.\n\nHis neighbour, Fatima Ali, disagreed.\n\n"The army warned us a week ago."',
    "The army warned",
    "Fatima Ali",
)
P(
    "b12:scare-quotes-none",
    'The army declared a "security zone" around the town. Ahmed Nur said the zone was empty.',
    "security zone",
    None,
)
P(
    "b12:continue-after-pronoun",
    'Ahmed Nur runs the camp. "We have no water," he said. "Children are sick."',
    "Children are",
    "Ahmed Nur",
)
P(
    "b12:two-turns",
    '"Where is the food?" asked Fatima Ali.\n\n"It is coming," replied Ahmed Nur, the camp manager.\n\n"It was coming last week too," she said.',
    "It was coming",
    "Fatima Ali",
)
P(
    "b12:quote-then-org-para",
    'The Norwegian Refugee Council called the situation "catastrophic".\n\n"Aid is not reaching the people who need it most."',
    "Aid is not",
    "Norwegian Refugee Council",
)
P(
    "b12:quote-after-question",
    'Asked what he would do next, Ahmed Nur shrugged.\n\n"Wait. What else?"',
    "Wait",
    "Ahmed Nur",
)

# ---- session 26: classes the articles moved to dev on 2026-12-01 showed failing
P(
    "b13:alias-known-by-acronym",
    'Fighting resumed in Kivu. The Congolese army, known by its French acronym FARDC, said: "We have retaken the hills above Sake."',
    "We have retaken",
    "FARDC",
)
P(
    "b13:alias-known-in-language-as",
    'Turkish jets struck near Duhok. The Kurdistan Workers\' Party, known by its Kurdish initials PKK, said two of its fighters had been killed. "The strikes will not break us," the party said.',
    "The strikes",
    "PKK",
)
P(
    "b13:quoted-role-name-as-saying",
    'The president sent condolences in a message carried by the state news agency SUNA, which also quoted the governor of Kassala, Hamid Osman, as saying the road would be "reopened within days".',
    "reopened",
    "Hamid Osman",
)
P(
    "b13:quoted-unnamed-as-saying",
    'The Houthis denied the report. Al-Masirah TV quoted a military source as saying the group\'s fighters had responded to "repeated violations by the enemy" near the port.',
    "repeated",
    None,
)
P(
    "b13:the-group-after-ngo-said",
    'Fighters of JNIM attacked the convoy near Djibo. In a report released on Monday, Amnesty International said the army had killed 20 villagers in reprisal. "The authorities must investigate these killings," the group said.',
    "The authorities",
    "Amnesty International",
)
P(
    "b13:crosshead",
    "Flood waters cut off Bor\n\n'The river took everything'\n\nAt the market in Bor, Peter Makuei was looking for his brother. \"The river took everything, our cattle and our house,\" he said.",
    "The river took everything",
    "Peter Makuei",
)
P(
    "b13:what-it-called-after-said-that",
    'Farmers blocked the road. The Kenya Defence Forces said in a statement that troops had killed 12 members of what it called "a terrorist cell" near Lamu.',
    "a terrorist cell",
    "Kenya Defence Forces",
)
P(
    "b13:statement-signed-by-spokesman",
    'Gunmen abducted 30 worshippers in Kajuru. The Kaduna State Police Command, in a statement signed by its spokesman, ASP Musa Lawal, said tactical teams had been deployed to "rescue the victims".',
    "rescue the victims",
    "Kaduna State Police Command",
)
P(
    "b13:possessive-body-name-acronym",
    'Clashes broke out at Torkham. Pakistan\'s military media wing, Inter-Services Public Relations (ISPR), said three soldiers were killed by "unprovoked firing" from across the border.',
    "unprovoked firing",
    "ISPR",
)
P(
    "b13:head-of-mission",
    'Doctors Without Borders said its clinic in Ulang was looted. "We had to evacuate," said Sofia Lind, MSF\'s head of mission in South Sudan. The U.N. Mission in South Sudan said it had sent patrols to Nasir. "We urge all sides to show restraint," the mission said.',
    "We urge all sides",
    "U.N. Mission in South Sudan",
)
P(
    "b13:curly-possessive-after",
    "Kabul accuses Islamabad of sheltering the attackers, a charge it denies. \u201cAfghanistan must look within,\u201d Pakistan\u2019s foreign ministry spokesperson said on Friday.",
    "Afghanistan must",
    "Pakistan",
)
P(
    "b13:aside-only-a-name",
    'The journalist was charged on Monday. "The charges are absurd," the lawyer for Ali Musa, Fatima Bello, said outside the court.',
    "The charges",
    "Fatima Bello",
)
P(
    "b13:statement-blamed",
    'The UN mission in Abyei, UNISFA, issued a statement on Monday. The statement blamed Misseriya militias for the attack, calling it "a grave violation of the agreement".',
    "a grave violation",
    "UNISFA",
)
P(
    "b13:agency-name-no-comma",
    'The UN refugee agency UNHCR said 20,000 people had fled. "The needs are immense," the agency said.',
    "The needs",
    "UNHCR",
)
P(
    "b13:army-possessive-the-name",
    'Uganda\'s army, the UPDF, said it had killed 12 raiders in Karamoja. "The operation continues," the army said.',
    "The operation",
    "UPDF",
)
P(
    "b13:initials-later",
    'The International Committee of the Red Cross said it had lost contact with its team. Later, the ICRC said the team was safe. "We are relieved," the committee said.',
    "We are relieved",
    "ICRC",
)
P(
    "b13:she-after-unknown-gender-paragraph",
    'Blast at Maiduguri market kills nine\n\nHauwa Bukar, a mother of four, lost her stall in the fire.\n\nThe state commissioner, Bulama Kachalla, toured the market on Tuesday.\n\n"I have nothing left to sell," she said.',
    "I have nothing",
    "Hauwa Bukar",
)

# ---- session 27: classes the misses of 166-173 and 186-193 show
P(
    "b14:in-its-statement-the-ministry",
    'Niger\'s defence ministry said 11 soldiers were killed near Tillia. Local officials in Tahoua said the attackers came on motorbikes from Mali. Analysts said the post had been attacked twice before. In its statement, the ministry said drones were "tracking the attackers" towards the border.',
    "tracking the attackers",
    "Niger#1",
)
P(
    "b14:in-a-statement-on-facebook-the-group",
    'The Sudan Doctors Network said nine of the wounded died in hospital. The militia, which calls itself the Beja Defence Front, is one of several groups armed since the war began. In a statement posted on Facebook, the group said its fighters had been "attacked first".',
    "attacked first",
    "Beja Defence Front",
)
P(
    "b14:the-report-said",
    'The UN Human Rights Office (OHCHR), which works with the peacekeeping mission MONUSCO, said in a report that 30 people had been killed. The office said soldiers had shot at least five young men. "Some were killed in front of their families," the report said.',
    "Some were killed",
    "OHCHR",
)
P(
    "b14:the-report-said-2",
    'Amnesty International published a report on the raids on Tuesday. Police in Lagos declined to comment. "The killings were deliberate," the report said.',
    "The killings",
    "Amnesty International",
)
P(
    "b14:called-on-object",
    'The UN Joint Human Rights Office (UNJHRO) said dozens of people were missing. It called on Kinshasa to open "prompt and independent investigations".',
    "prompt and",
    "UNJHRO",
)
P(
    "b14:urged-object",
    'Human Rights Watch said the raids were unlawful and urged Abuja to carry out "a credible inquiry".',
    "a credible inquiry",
    "Human Rights Watch",
)
P(
    "b14:anon-does-not-want-name",
    'Amina Bello says she will not go home. A teacher beside her, who does not want his name used, shakes his head. "We have seen this before," he says.',
    "We have seen",
    None,
)
P(
    "b14:anon-did-not-want-name-published",
    'Musa Garba lost his shop. A neighbour, who did not want her name published, said: "Nobody came to help."',
    "Nobody came",
    None,
)
P(
    "b14:joint-with-relative-clause",
    'In a joint statement, the foreign ministers of Kenya, which chairs the regional bloc, and Tanzania urged both sides to "stop the fighting at once".',
    "stop the fighting",
    "Kenya",
)
P(
    "b14:the-military-says",
    'Residents said settlers fired first. The Israeli military says soldiers were sent after a report of "violent clashes" and that the incident is under review. Palestinian officials say two men were wounded.',
    "violent clashes",
    "Israeli military",
)
P(
    "b14:the-military-says-after-other",
    'The IDF raided the camp at dawn. Yesh Din said settlers had attacked homes. The military says soldiers were sent after a report of "violent clashes" in the village.',
    "violent clashes",
    "IDF",
)
P(
    "b14:deck-blames",
    "Bomb kills six soldiers in Idlib\n\nSyria's defence ministry blames 'terrorist cells' as the province records a deadly month.\n\nA roadside bomb killed six soldiers, the Ministry of Defence said.",
    "terrorist cells",
    "Syria",
)
P(
    "b14:statement-blamed-partial",
    'The Ministry of Defence said six soldiers were killed. The statement blamed "terrorist cells loyal to the former regime".',
    "terrorist cells",
    "Ministry of Defence",
)
P(
    "b14:body-blames-partial",
    'Mali\'s army blamed "criminal gangs" for the attack on the checkpoint.',
    "criminal gangs",
    "Mali",
)
P(
    "b14:calls-itself-after-described-group",
    'The Sudan Doctors Network, a medical group that counts the dead, gave a toll of 17. The militia, which calls itself the Beja Defence Front, is one of several armed groups in the east. In a statement, the group said its fighters had been "attacked first".',
    "attacked first",
    "Beja Defence Front",
)
P(
    "b14:calling-itself-the-group",
    'Save the Children, an aid group, said two schools were shut. A new militia calling itself the Sons of the Valley claimed the raid. "We will return," the group said.',
    "We will return",
    "Sons of the Valley",
)
P(
    "b14:the-ministry-far-back",
    'Niger\'s defence ministry said 11 soldiers were killed near Tillia. AFP and Reuters could not confirm the toll. The area is a stronghold of Islamic State Sahel Province (ISSP). According to OCHA, thousands have fled since January. The junta expelled French troops, broke with ECOWAS and formed the Alliance of Sahel States (AES) with Mali and Burkina Faso. UNICEF and the WFP have cut rations. Amnesty International and Human Rights Watch have criticised both sides. In its statement, the ministry said drones were "tracking the attackers" towards the border.',
    "tracking the attackers",
    "Niger#1",
)
P(
    "b14:anon-asked-that-name-withheld",
    'Ibrahim Sule runs the clinic. A nurse, who asked that her name be withheld, said the generator failed. "We worked by phone light," she said.',
    "We worked by",
    None,
)
P(
    "b14:anon-requested-anonymity",
    'Kofi Mensah, the district chief, left on Monday. A soldier at the post, who requested anonymity, was blunt. "We are outnumbered," he said.',
    "We are outnumbered",
    None,
)
P(
    "b14:it-also-after-the-report-said",
    'The UN Joint Human Rights Office (UNJHRO), which works with MONUSCO, said in a report that 30 people were killed. "Some were shot in front of their families," the report said. It also said 12 people were missing and called on Kinshasa to open "prompt investigations".',
    "prompt investigations",
    "UNJHRO",
)
P(
    "b14:it-called-on-object-after-quote",
    'Amnesty International published its findings on Tuesday. "Some were shot in front of their families," the report said. It also called on Abuja to open "a credible inquiry".',
    "a credible inquiry",
    "Amnesty International",
)
P(
    "b14:joint-relative-clause-naming-a-body",
    'In a joint statement, the foreign ministers of Kenya, which holds the rotating chair of the East African Community (EAC), and Tanzania urged both sides to "stop the fighting at once".',
    "stop the fighting",
    "Kenya",
)
P(
    "b14:joint-people-relative-clause-naming-a-body",
    'Amina Yusuf, who works for Save the Children, and Grace Eze told reporters: "The camp has no water."',
    "The camp has",
    "Amina Yusuf",
)

# ---- session 27: the brief's forms, in longer and rarer variants
P(
    "b15:para-intro-role-first",
    'The head of the camp committee, Halima Abdi, walked us through the rows of tents.\n\n"Every week more families arrive, and the rations are the same."',
    "Every week",
    "Halima Abdi",
)
P(
    "b15:para-intro-body",
    'Médecins Sans Frontières said its clinic in the camp had treated 300 wounded since Friday.\n\n"Our teams are exhausted and supplies will run out within days."',
    "Our teams",
    "Médecins Sans Frontières",
)
P(
    "b15:para-intro-then-other-object",
    'Hassan Omar, a farmer, told Reuters he had lost 40 goats to the raiders from the Ethiopian side.\n\n"They came at dawn and took everything."',
    "They came at dawn",
    "Hassan Omar",
)
P(
    "b15:who-long-relative",
    'Ali Abdullahi, who fled Kismayo with his four children in March after al-Shabaab fighters burned the market where he had sold vegetables for 20 years, said: "We have nothing to go back to."',
    "We have nothing",
    "Ali Abdullahi",
)
P(
    "b15:who-relative-names-org",
    'Grace Nyirenda, who has worked for the World Food Programme in Malawi since 2015, told AFP: "The granaries are empty."',
    "The granaries",
    "Grace Nyirenda",
)
P(
    "b15:who-relative-names-person",
    'Musa Bello, whose brother Sani was killed by bandits in 2022, said: "Nobody has been arrested."',
    "Nobody has been",
    "Musa Bello",
)
P(
    "b15:the-commander-two-roles",
    'The district governor, Ahmed Warsame, said the town was calm. The local militia commander, Abdi Hirsi, disagreed. "The fighters are still in the hills," the commander said.',
    "The fighters are",
    "Abdi Hirsi",
)
P(
    "b15:the-governor-two-roles",
    'The district governor, Ahmed Warsame, said the town was calm. The local militia commander, Abdi Hirsi, disagreed. "We control every road," the governor said.',
    "We control every",
    "Ahmed Warsame",
)
P(
    "b15:the-spokesman-two-roles",
    'Police chief Samuel Otieno said four suspects were arrested. An army spokesman, Col. Paul Njuguna, said troops had sealed the border. "The suspects crossed from Somalia," the spokesman said.',
    "The suspects crossed",
    "Paul Njuguna",
)
P(
    "b15:statement-from-X-read-long",
    'The Arakan Army did not comment. A statement from the Myanmar military\'s information team read: "Terrorists attacked a police outpost."',
    "Terrorists attacked",
    "Myanmar military",
)
P(
    "b15:statement-from-person-read",
    'A statement from Volker Türk read: "The killing of civilians must stop."',
    "The killing of",
    "Volker Türk",
)
P(
    "b15:para-continue",
    '"We buried eleven people on Sunday," said Yusuf Adamu, the village head.\n\n"Most of them were children who had been sleeping in the school."',
    "Most of them were",
    "Yusuf Adamu",
)
P(
    "b15:para-continue-open",
    'Yusuf Adamu, the village head, said: "We buried eleven people on Sunday.\n\n"Most of them were children."',
    "We buried eleven",
    "Yusuf Adamu",
)
P(
    "b15:according-to-statement-by",
    'According to a statement by the Kenya Defence Forces, "the militants were intercepted near the border".',
    "the militants were",
    "Kenya Defence Forces",
)
P(
    "b15:according-to-statement-from",
    'The toll rose overnight. According to a statement from the Somali government, "the attackers have all been killed".',
    "the attackers have",
    "Somali government",
)
P(
    "b15:wrote-on-telegram-org",
    'The Houthis\' military spokesman, Yahya Saree, wrote on Telegram: "We targeted the ship with two missiles."',
    "We targeted",
    "Yahya Saree",
)
P(
    "b15:wrote-on-facebook-after-role",
    'Kharkiv governor Oleh Syniehubov wrote on Facebook: "Two people were killed in the strike."',
    "Two people were",
    "Oleh Syniehubov",
)
P(
    "b15:said-in-post-on-x",
    'In a post on X, Ukrainian President Volodymyr Zelensky said: "Russia must be held accountable."',
    "Russia must be",
    "Volodymyr Zelensky",
)
P(
    "b15:headline-quote-body-after",
    "'We have nothing left,' say survivors of Sudan market attack\n\nKHARTOUM (Reuters) - Survivors of a drone strike said on Sunday they had lost everything. \"We have nothing left,\" said Amira Hassan, a vendor.",
    "We have nothing left",
    "Amira Hassan",
)
P(
    "b15:headline-quote-partial",
    "Ukraine calls strike on Sumy 'a war crime'\n\nKYIV (AP) - Ukraine's foreign ministry called the missile strike on Sumy \"a war crime\" on Monday.",
    "a war crime",
    "Ukraine#2",
)
P(
    "b15:the-official-said-two-officials",
    'Ahmed Nur, a district official, said the road was cut. Fatima Ali, a UN official, said aid was waiting in Baidoa. "The trucks cannot pass," the UN official said.',
    "The trucks",
    "Fatima Ali",
)
P(
    "b15:the-woman-past-a-man",
    'Amina Yusuf sat outside the clinic with her baby. Dr. Ahmed Ali said the clinic had no medicine. "My baby has had a fever for three days," the woman said.',
    "My baby has",
    "Amina Yusuf",
)
P(
    "b15:the-father-nearest",
    'Grace Eze, a nurse, said the ward was full. Samuel Okafor waited at the gate for news of his son. "Nobody tells us anything," the father said.',
    "Nobody tells",
    "Samuel Okafor",
)

# ---- session 27: common wire forms, probed for new classes
P(
    "b16:said-rank-spokesman-for-division",
    'The army said it repelled the attack. "The enemy lost dozens of men," said Lt. Col. Mamadou Keita, a spokesman for the army\'s 3rd Division.',
    "The enemy lost",
    "Mamadou Keita",
)
P(
    "b16:told-afp-by-phone-from",
    '"We will not leave the city," Abu Obeida, the group\'s spokesman, told AFP by phone from Gaza.',
    "We will not leave",
    "Abu Obeida",
)
P(
    "b16:televised-address",
    'President William Ruto said in a televised address: "Those responsible will be found."',
    "Those responsible",
    "William Ruto",
)
P(
    "b16:statement-quoted-X",
    'The army issued a statement on Monday. "We will pursue the terrorists," the statement quoted Gen. Abdou Sidikou as saying.',
    "We will pursue",
    "Abdou Sidikou",
)
P(
    "b16:masked-fighter-video",
    'In a video posted on social media, a masked fighter said: "This is only the beginning."',
    "This is only",
    None,
)
P(
    "b16:interview-with-reuters",
    '"The ceasefire is dead," Mohamed Hamdan said in an interview with Reuters on Tuesday.',
    "The ceasefire is dead",
    "Mohamed Hamdan",
)
P(
    "b16:told-press-conference-that",
    'Interior Minister Yusuf Musa told a press conference in Abuja on Monday that the attackers were "well armed and well trained".',
    "well armed",
    "Yusuf Musa",
)
P(
    "b16:told-reporters-adding-colon",
    '"We lost contact at noon," Halima Said told reporters, adding: "We fear the worst."',
    "We fear the worst",
    "Halima Said",
)
P(
    "b16:asked-question-mother",
    '"Where will we go now?" asked Zainab Musa, a mother of five.',
    "Where will we go",
    "Zainab Musa",
)
P(
    "b16:of-the-nrc-said",
    '"The camp cannot take more people," said Jan Egeland of the Norwegian Refugee Council.',
    "The camp cannot",
    "Jan Egeland",
)
P(
    "b16:X-of-org-said-after",
    '"The camp cannot take more people," Jan Egeland of the NRC said on Friday.',
    "The camp cannot",
    "Jan Egeland",
)
P(
    "b16:added-X",
    'The NRC said the camp was full. "We are turning families away," added Jan Egeland, its secretary general.',
    "We are turning",
    "Jan Egeland",
)
P(
    "b16:dash-attribution",
    '"We will rebuild" - that was the message of Mayor Ihor Terekhov on Sunday.',
    "We will rebuild",
    "Ihor Terekhov",
)
P(
    "b16:the-spokesman-for-X-Y",
    'The spokesman for the Kenyan police, Resila Onyango, said: "Three officers were wounded."',
    "Three officers",
    "Resila Onyango",
)
P(
    "b16:ministry-spokesman-after",
    '"The strike hit a weapons depot," the ministry\'s spokesman, Igor Konashenkov, said.',
    "The strike hit",
    "Igor Konashenkov",
)
P(
    "b16:posted-video-in-which",
    'Yevgeny Prigozhin posted a video on Telegram in which he said: "We have no ammunition."',
    "We have no ammunition",
    "Yevgeny Prigozhin",
)
P(
    "b16:second-para-he-added",
    'Ahmed Nur, the district commissioner, said the floods had cut off 20 villages.\n\n"We need boats, not promises," he added.',
    "We need boats",
    "Ahmed Nur",
)
P(
    "b16:split-she-said-continues",
    '"The first shell hit the school," said Mariam Diallo, a teacher in Djibo. "The second hit the market," she said, "and then it was quiet."',
    "and then it was quiet",
    "Mariam Diallo",
)
P(
    "b16:the-39-year-old",
    'Khalid Omar lost his house in the strike. "There is nothing left," the 39-year-old said.',
    "There is nothing left",
    "Khalid Omar",
)
P(
    "b16:quote-before-the-commander-named-after",
    '"We took the hill at dawn," the commander of the brigade, Col. Oleksandr Pivnenko, told reporters.',
    "We took the hill",
    "Oleksandr Pivnenko",
)
P(
    "b16:org-statement-after-colon-then-unnamed",
    'Hamas said in a statement: "The occupation bears full responsibility." A senior Israeli official, speaking on condition of anonymity, said: "Hamas is lying."',
    "Hamas is lying",
    None,
)
P(
    "b16:they-after-joint",
    'Ahmed Nur and his brother Ali fled the town on foot. "We walked for three days," they said.',
    "We walked",
    "Ahmed Nur",
)

# ---- session 27: partial quotes inside the speaker's sentence
P(
    "b17:called-the-attack",
    'Kenyan President William Ruto called the attack on the school "cowardly and barbaric".',
    "cowardly",
    "William Ruto",
)
P(
    "b17:described-as",
    'Amnesty International described conditions in the camp as "inhuman".',
    "inhuman",
    "Amnesty International",
)
P(
    "b17:accused-of",
    'The Sudanese army accused the RSF of "ethnic cleansing" in El Geneina.',
    "ethnic cleansing",
    "Sudanese army",
)
P(
    "b17:urged-object-person",
    'UN Secretary-General Antonio Guterres urged Israeli Prime Minister Benjamin Netanyahu to "stop the killing".',
    "stop the killing",
    "Antonio Guterres",
)
P(
    "b17:said-Y-had",
    'Ahmed Nur said al-Shabaab fighters had "burned every house in the village".',
    "burned every",
    "Ahmed Nur",
)
P(
    "b17:parenthetical-said",
    'The attack, Ahmed Nur said, was "the worst in ten years".',
    "the worst in",
    "Ahmed Nur",
)
P(
    "b17:parenthetical-told-afp",
    'The militants, Col. Abdou Sani told AFP, had "fled towards the border".',
    "fled towards",
    "Abdou Sani",
)
P(
    "b17:told-Y-that-Z",
    'Ahmed Nur told the governor, Ali Hassan, that the road was "too dangerous for trucks".',
    "too dangerous",
    "Ahmed Nur",
)
P(
    "b17:speaking-after-meeting",
    'Josep Borrell, speaking to reporters after meeting Egyptian President Abdel Fattah al-Sisi, said aid was "a trickle".',
    "a trickle",
    "Josep Borrell",
)
P(
    "b17:in-statement-called-on",
    'The African Union, in a statement, called on the Sudanese army and the RSF to "silence the guns".',
    "silence the guns",
    "African Union",
)
P(
    "b17:denied-its-forces",
    'Rwanda denied that its troops had "ever crossed into Congo".',
    "ever crossed",
    "Rwanda",
)
P(
    "b17:dismissed-as",
    'The Israeli military dismissed the report as "baseless".',
    "baseless",
    "Israeli military",
)
P(
    "b17:quote-first-told-afp",
    'The road was "completely cut", Abdou Sani told AFP.',
    "completely cut",
    "Abdou Sani",
)
P(
    "b17:according-to-after-partial",
    'The strike hit "a wedding party", according to Ahmed Nur, a local official.',
    "a wedding party",
    "Ahmed Nur",
)
P(
    "b17:warned-that",
    'Tom Fletcher warned the Security Council that famine was "spreading fast".',
    "spreading fast",
    "Tom Fletcher",
)
P(
    "b17:vowed",
    'Israeli Defence Minister Israel Katz vowed to "crush Hezbollah".',
    "crush Hezbollah",
    "Israel Katz",
)
P(
    "b17:two-sentences-one-speaker-then-other-object",
    'Ahmed Nur said the army had failed. He accused Somalia\'s defence ministry of "abandoning the town".',
    "abandoning",
    "Ahmed Nur",
)
P(
    "b17:org-spokesman-said-partial",
    'Hamas spokesman Hazem Qassem said the strike was "a massacre".',
    "a massacre",
    "Hazem Qassem",
)
P(
    "b17:spokesperson-for-Y-said-partial",
    'A spokesperson for the UN Secretary-General, Stephane Dujarric, said the UN was "deeply alarmed".',
    "deeply alarmed",
    "Stephane Dujarric",
)
P(
    "b17:it-said-partial-after-org",
    'Human Rights Watch published its report on Tuesday. It said the killings were "war crimes".',
    "war crimes",
    "Human Rights Watch",
)
P("b17:they-described", 'Residents of the camp described the night as "hell".', "hell", None)

# ---- session 27: quote paragraphs and turns
P(
    "b18:para-after-said-then-other-sentence",
    'Ahmed Nur, a fisherman, said the boats had not gone out for a week. The port has been closed since the strike.\n\n"We are eating what we saved."',
    "We are eating",
    "Ahmed Nur",
)
P(
    "b18:para-after-body-report-sentence",
    'The World Health Organization said three hospitals in the city had stopped working.\n\n"Patients are being treated on the floor."',
    "Patients are",
    "World Health Organization",
)
P(
    "b18:para-after-person-then-quote-para-he-said",
    'Ahmed Nur said the boats had not gone out.\n\n"We are eating what we saved," he said. "Next week there will be nothing."\n\n"Nobody from the government has come."',
    "Nobody from",
    "Ahmed Nur",
)
P(
    "b18:alternating-he-she",
    'Ahmed Nur and his wife, Fatima Ali, run a shop in the market. "Business is dead," he said. "We open for two hours a day," she said.',
    "We open for",
    "Fatima Ali",
)
P(
    "b18:alternating-names-then-pronoun",
    '"We want peace," said Ahmed Nur. "We want justice first," said Fatima Ali, his neighbour. "Without justice there is no peace," she added.',
    "Without justice",
    "Fatima Ali",
)
P(
    "b18:quote-para-after-two-said",
    'The army said it had retaken the town. Ahmed Nur, a resident, said the soldiers left after an hour.\n\n"They came, took photos and went."',
    "They came",
    "Ahmed Nur",
)
P(
    "b18:quote-para-after-body-said-then-person",
    'The army said it had retaken the town, but Ahmed Nur, a resident, disputed that.\n\n"They came, took photos and went."',
    "They came",
    "Ahmed Nur",
)
P(
    "b18:quote-then-para-unrelated-no-speaker",
    'Fighting continued on Tuesday.\n\n"Operation Northern Shield" was launched in 2019.',
    "Operation Northern",
    None,
)
P(
    "b18:split-quote-name-in-middle",
    '"The first strike hit the school," Ahmed Nur, a teacher, said. "The second hit the clinic."',
    "The second hit",
    "Ahmed Nur",
)
P(
    "b18:quote-continues-after-she-said-colon",
    'Fatima Ali said: "We ran to the river."\n\n"The water was our only shelter."',
    "The water was",
    "Fatima Ali",
)

# ---- session 27: after the quote, long chains and descriptions
P(
    "b19:office-spokesman-rank-name-told",
    'Al-Shabaab claimed the attack. "The situation is under control," Somali army spokesman Col. Abdullahi Ali Anod told reporters.',
    "The situation is",
    "Abdullahi Ali Anod",
)
P(
    "b19:said-name-long-desc-with-org",
    'The RSF denied it. "We were never there," said Mohamed Osman, a member of the RSF advisory council who spoke from Nairobi.',
    "We were never",
    "Mohamed Osman",
)
P(
    "b19:name-comma-desc-comma-said",
    'The army denied it. "We were never there," Mohamed Osman, a member of the Sudanese army\'s general command, said on Monday.',
    "We were never",
    "Mohamed Osman",
)
P(
    "b19:said-the-ministry-of-Y",
    '"Three civilians were killed," said the health ministry of the Palestinian Authority.',
    "Three civilians",
    "Palestinian Authority",
)
P(
    "b19:told-outlet-name-unrecognised-role",
    '"We did not expect it," the district commissioner of Jowhar, Ali Hassan Nur, told Reuters.',
    "We did not",
    "Ali Hassan Nur",
)
P(
    "b19:according-to-X-spokesman",
    '"The militants fled," according to police spokesman Ahmed Ali.',
    "The militants",
    "Ahmed Ali",
)
P(
    "b19:according-to-the-ministry",
    'Egypt\'s foreign ministry issued a statement. "We reject any displacement of Palestinians," according to the ministry.',
    "We reject",
    "Egypt",
)
P(
    "b19:said-X-whose-son",
    '"I want my son back," said Aisha Bello, whose son was abducted from the school in Kuriga.',
    "I want my son",
    "Aisha Bello",
)
P(
    "b19:said-X-who-was-quoted-earlier",
    'Rights group Amnesty International said the army had killed 30 people. "These killings must be investigated," said Samira Daoud, Amnesty\'s regional director.',
    "These killings",
    "Samira Daoud",
)
P(
    "b19:the-agency-quoted-as-saying",
    '"The attackers came from Mali," the ministry\'s spokesman was quoted as saying by state television.',
    "The attackers came",
    None,
)
P(
    "b19:x-posted",
    '"Two drones were shot down over the city," Kyiv mayor Vitali Klitschko posted on Telegram.',
    "Two drones",
    "Vitali Klitschko",
)

# ---- session 27: pronouns past objects and possessives
P(
    "b20:he-past-object-person",
    'Ahmed Nur, a farmer, said gunmen had taken his cousin, Ali Musa, to the forest. "We paid the ransom and they still kept him," he said.',
    "We paid",
    "Ahmed Nur",
)
P(
    "b20:he-past-mentioned-official",
    'Ahmed Nur said he had written to Governor Babagana Zulum twice. "Nobody answered," he said.',
    "Nobody answered",
    "Ahmed Nur",
)
P(
    "b20:she-past-possessive-owner",
    'Fatima Ali, whose husband Musa was killed in 2021, runs the shelter now. "I do it for him," she said.',
    "I do it for him",
    "Fatima Ali",
)
P(
    "b20:it-past-object-body",
    'Amnesty International said the Nigerian army had detained 200 people without charge. "This must end now," it said.',
    "This must end",
    "Amnesty International",
)
P(
    "b20:it-past-object-state-and-group",
    'The African Union said Rwanda was backing the M23. "Foreign troops must leave Congo," it said.',
    "Foreign troops",
    "African Union",
)
P(
    "b20:they-unnamed-group",
    'Two aid workers reached Nasir on Friday. "The town is empty," they said.',
    "The town is empty",
    None,
)
P(
    "b20:he-after-new-paragraph-about-him",
    'Ahmed Nur has run the clinic for ten years.\n\nOn Monday the army told him to leave. "Where would the patients go?" he asked.',
    "Where would",
    "Ahmed Nur",
)
P(
    "b20:she-past-male-official-quoted-not-speaking",
    'Fatima Ali said the water had been cut for a week. The governor, Ahmed Nur, has promised tankers. "We have heard that before," she said.',
    "We have heard",
    "Fatima Ali",
)
P(
    "b20:he-quote-after-she-quote",
    'Fatima Ali and her husband, Ahmed Nur, lost their house. "We have nothing," she said. "Not even papers," he added.',
    "Not even papers",
    "Ahmed Nur",
)
P(
    "b20:it-after-person-subject",
    'The Red Cross said its team had reached the town. Its head of delegation, Pierre Dorbes, described the damage. "Whole streets are gone," it said.',
    "Whole streets",
    "Red Cross",
)

# ---- session 27: anonymous speakers in more wordings
P(
    "b21:anon-not-authorised",
    'Ahmed Nur, the mayor, said the town was calm. But a security official, who spoke on condition of anonymity because he was not authorised to speak to the media, said: "The attackers are still inside."',
    "The attackers are",
    None,
)
P(
    "b21:anon-declined-give-her-name",
    'Fatima Ali runs the clinic. A nurse who declined to give her name said the generator had failed. "We work by torchlight," she said.',
    "We work by",
    None,
)
P(
    "b21:anon-withheld-for-safety",
    'Amina Yusuf fled with her children. Her neighbour, whose name is withheld for her safety, stayed behind. "I could not leave my mother," she said.',
    "I could not leave",
    None,
)
P(
    "b21:anon-pseudonym-named",
    'Ahmed Nur was arrested on Monday. His sister, who asked to be identified by a pseudonym, Hawa, said: "He did nothing wrong."',
    "He did nothing",
    "Hawa",
)
P(
    "b21:anon-residents-they",
    'Ahmed Nur, the governor, toured the camp. Residents, who spoke on condition of anonymity, said the food had run out. "We eat once a day," they said.',
    "We eat once",
    None,
)

# ---- session 27: headline quotes
P(
    "b22:headline-attrib-inside-body-repeats",
    'Sudan army says RSF "committed genocide" in El Geneina\n\nPORT SUDAN (Reuters) - Sudan\'s army said on Monday the RSF had "committed genocide" against the Masalit.',
    "committed genocide",
    "Sudan#2",
)
P(
    "b22:headline-partial-body-longer",
    "'A massacre': UN condemns strike on Gaza school\n\nGENEVA (AFP) - The UN human rights office called the strike \"a massacre of people seeking shelter\".",
    "A massacre",
    "UN#2",
)
P(
    "b22:headline-quote-body-case-differs",
    "'We will not surrender,' says Kharkiv mayor\n\nKHARKIV (AP) - Kharkiv mayor Ihor Terekhov said on Sunday: \"We will not surrender. The city stands.\"",
    "We will not surrender",
    "Ihor Terekhov",
)
P(
    "b22:headline-quote-later-split",
    '\'Nobody came to help\': survivors of Benue raid speak\n\nMAKURDI (Reuters) - "Nobody came to help," said Terkaa Iorfa, who lost two sons. "We buried them ourselves."',
    "Nobody came to help",
    "Terkaa Iorfa",
)

# ---- session 28: the guideline's settled open points g and h
P(
    "b23:spokesman-named-in-next-paragraph",
    'Fighting resumed near Goma. "Our positions were shelled all night," an army spokesman said.\n\nThe spokesman, Lieutenant Colonel Guillaume Ndjike, added that the army had lost no ground.',
    "Our positions",
    "Guillaume Ndjike",
)
P(
    "b23:spokesman-for-the-group-after",
    'The M23 said it had taken the hill. "We control the road," a spokesman for the group said.',
    "We control",
    "M23",
)
P(
    "b23:official-of-named-body-anon",
    'The Kenya Defence Forces (KDF) said the attackers had fled. "The search continues," a KDF official said, speaking on condition of anonymity.',
    "The search",
    None,
)

# ---- session 29: the misses of 204-219
# a role, then its holder in apposition with a title the ACTOR span leaves out
P(
    "b24:said-role-for-place-body-then-titled-name",
    'Two checkpoints were attacked. "They came from the ridge," said the spokesman for the Kunar provincial police, Mawlawi Abdul Samad Hanif.',
    "They came",
    "Abdul Samad Hanif",
)
P(
    "b24:said-head-of-council-then-haji-name",
    '"The market will reopen on Monday," said the head of the Spin Boldak traders\' council, Haji Nazar Gul.',
    "The market",
    "Nazar Gul",
)
P(
    "b24:said-role-then-untitled-name",
    '"The river has burst its banks," said the governor of the Lower Shabelle region, Ahmed Nur Farah.',
    "The river",
    "Ahmed Nur Farah",
)
P(
    "b24:said-role-then-anonymous-no-name",
    '"Nobody was hurt," said the commander of the Gao garrison, who asked not to be named.',
    "Nobody was",
    None,
)
# a pronoun in a feature's present tense, another verb before the speech verb
P(
    "b24:she-pauses-then-adds-colon",
    'Amina Lokiru sells charcoal in Moroto. "Prices have doubled," she says. She pauses, then adds: "Nobody buys now."',
    "Nobody buys",
    "Amina Lokiru",
)
P(
    "b24:he-nods-and-says-colon",
    'Joseph Lomuria farms near Kotido. He nods and says: "The rains came late this year."',
    "The rains",
    "Joseph Lomuria",
)
P(
    "b24:she-shakes-her-head-and-adds",
    'Grace Achen has lived in the camp for a year. She shakes her head and adds: "We will not go back."',
    "We will not",
    "Grace Achen",
)
P(
    "b24:another-woman-named-between-pronoun-nearest",
    'Grace Achen runs the clinic. Her deputy, Rose Nakiru, arrived in May. She pauses, then adds: "We have no more beds."',
    "We have no",
    "Rose Nakiru",
)

# ---- session 30 (classes of 220-235's misses), each with its counter-examples
P(
    "s30:desc-with-place",
    'UNMISS, the UN mission in South Sudan, said it had sent patrols. "Civilians must be protected," the mission said.',
    "Civilians",
    "UNMISS",
)
P(
    "s30:desc-with-place-2",
    'EUFOR, the EU-led force in Bosnia, said it would double its presence. "We are ready," the force said.',
    "We are ready",
    "EUFOR",
)
P(
    "s30:setting-then-subject",
    'Protesters blocked the road. In Kinshasa, the ICRC, which works with the Congolese Red Cross, denied the report. It said its staff had "acted within the law" at the march.',
    "acted within",
    "ICRC",
)
P(
    "s30:setting-then-subject-late",
    'Shells hit the market. Late on Sunday, Hezbollah, which Israel says is rearming, said it had fired at a base. "This is a response to the killing of civilians," it said.',
    "This is a response",
    "Hezbollah",
)
P(
    "s30:setting-statement-not-skipped",
    'In a statement on Telegram, the Houthis accused Washington of "aggression", a charge the Saudi-led coalition rejected. "We have not struck civilians," the coalition said.',
    "We have not",
    "Saudi-led coalition",
)
P(
    "s30:spokesman-named-in-next-attribution",
    'In Nairobi, a spokeswoman for the World Food Programme said stocks were "close to running out". "We need funds now," the spokeswoman, Grace Wanjiru, told reporters.',
    "close to running",
    "Grace Wanjiru",
)
P(
    "s30:lawyer-named-in-next-attribution-is-not-the-spokesman",
    'In Nairobi, a spokeswoman for the WFP said stocks were "close to running out". "They lied to us," the farmer, Grace Wanjiru, told reporters.',
    "close to running",
    "WFP",
)
P(
    "s30:head-word-court-after",
    'The Special Court for the Central African Republic charged two militia leaders. "The trial will open in May," the court said.',
    "The trial",
    "Special Court for the Central African Republic",
)
P(
    "s30:head-word-guard-partial",
    'Iran\'s Revolutionary Guard fired missiles at a base in Erbil. The Guard said it had hit "a spy headquarters" of Israel.',
    "a spy headquarters",
    "Revolutionary Guard",
)
P(
    "s30:head-word-corps-it",
    'The Islamic Revolutionary Guard Corps stayed silent for a day. The Corps says the camps shelter KDPI fighters. On Tuesday it said the strikes were "only the beginning".',
    "only the beginning",
    "Islamic Revolutionary Guard Corps",
)
P(
    "s30:head-word-plural-people-not-body",
    'The Association of Victims\' Families met the minister. "Nobody listens to us," the families said.',
    "Nobody listens",
    None,
)
P(
    "s30:head-word-judge-not-court",
    'Kenya\'s High Court suspended the deployment. "It is unconstitutional," the judge said.',
    "It is unconstitutional",
    None,
)
P(
    "s30:body-noun-spokesperson-after-2",
    'The Israeli military said it struck a launch site. "The strike was precise," a military spokesman told reporters.',
    "The strike",
    "Israeli military",
)
P(
    "s30:body-noun-spokesperson-before",
    'Pakistan\'s Foreign Office rejected the claim. A ministry spokeswoman said: "We have given the evidence."',
    "We have given",
    "Foreign Office",
)
P(
    "s30:body-noun-spokesperson-police",
    'Kenya police said nine people were arrested. A police spokesman said the suspects were "known to us" and would be charged.',
    "known to us",
    "Kenya police",
)
P(
    "s30:body-noun-spokesperson-named",
    'The Israeli military said it struck a launch site. "The strike was precise," a military spokesman, Lt. Col. Nadav Shoshani, told reporters.',
    "The strike",
    "Nadav Shoshani",
)
P(
    "s30:fact-aside-then-quote",
    '"They took the cattle at night," said Peter Lokwang, a herder whose brother, John Lokwang, was shot. He was 23. "Now we have nothing."',
    "Now we have",
    "Peter Lokwang",
)
P(
    "s30:fact-aside-there-was",
    '"The clinic closed in May," said Fatima Adamu, a nurse. There was no fuel for the generator. "Mothers give birth in the dark."',
    "Mothers give",
    "Fatima Adamu",
)
P(
    "s30:act-aside-takes-quote",
    'Halima Musa sat beside her husband, Idris Musa. "We will go back," she said. Her husband shook his head. "There is nothing to go back to."',
    "There is nothing",
    "Idris Musa",
)
P(
    "s30:reported-words-aside-not-carried",
    '"We will go back," said Halima Musa. Police said the road was closed. "Nobody may pass."',
    "Nobody may pass",
    None,
)
P(
    "s30:citing-unnamed",
    'Citing residents, Radio Okapi reported that the militia had "burned every house" in the village.',
    "burned every",
    None,
)
P(
    "s30:quoting-named-apposed",
    'Quoting the army spokesman, Colonel Ibrahim Diallo, the state broadcaster ORTM said the convoy had "repelled the attack".',
    "repelled",
    "Ibrahim Diallo",
)
P(
    "s30:statement-from-titled-person-office",
    'A statement from Prime Minister Ali Lamine Zeine\'s office said the attack was "cowardly".',
    "cowardly",
    "Ali Lamine Zeine",
)
P(
    "s30:its-spokesman-unnamed",
    'The Houthis said they had fired at a ship. Their spokesman said in a televised address: "We will continue."',
    "We will continue",
    "Houthis",
)
P(
    "s30:its-spokeswoman-unnamed-after",
    'UNICEF said two of its staff were hurt. "They are stable," its spokeswoman told reporters in Geneva.',
    "They are stable",
    "UNICEF",
)

# ---- session 31 (236-251): the general forms of their misses, each with counter-examples
# B: "the army / the ministry / a ministry spokesperson" -> the nearest body of that kind;
# an owner ("Jordan's army") loses to a body of that kind named since by its own name
P(
    "s31:owner-then-named-army",
    'Jordan\'s army said five smugglers were killed. In a statement, the Jordan Armed Forces-Arab Army said guards had spotted the group. "We will strike with an iron fist," the army added.',
    "We will strike",
    "Jordan Armed Forces-Arab Army",
)
P(
    "s31:owner-then-named-ministry-spokesperson",
    'India\'s federal Ministry of Home Affairs ordered troops into the area. "Both states must withdraw their police," a ministry spokesperson said.',
    "Both states",
    "Ministry of Home Affairs",
)
P(
    "s31:owner-adjective-named-ministry",
    'Nigeria\'s new Ministry of Defence said on Monday that the base had been hit. "The attackers were repelled," the ministry said.',
    "The attackers",
    "Ministry of Defence",
)
P(
    "s31:owner-then-named-army-before",
    "Uganda's army said it had crossed the border. The Uganda People's Defence Force said later that 12 rebels were killed. The army said: \"Our operation continues.\"",
    "Our operation",
    "Uganda People's Defence Force",
)
P(
    "s31:owner-unnamed-body-stays",
    'Turkey\'s defence ministry said its jets had struck 12 targets. The Syrian Democratic Forces said civilians were killed. "Our operations will continue," the ministry said.',
    "Our operations",
    "Turkey",
)
P(
    "s31:owner-other-kind-named-since",
    'Pakistan\'s army said three soldiers were killed. The Ministry of Foreign Affairs summoned the Afghan envoy. "We will respond," the army said.',
    "We will respond",
    "Pakistan",
)
# A: "the statement said" -> whoever issued or said it: "In a statement, <role chain>, X, said"
P(
    "s31:in-statement-role-chain-name",
    'The Kwara State Government condemned the attack. In a statement, the Chief Press Secretary to the Governor, Kayode Adesiyan, said 800 guards had been recruited.\n\n"The government will not surrender any part of Kwara," the statement added.',
    "The government will not",
    "Kayode Adesiyan",
)
P(
    "s31:in-statement-possessive-role-name",
    'The Benue State Government condemned the killings. In a statement, the governor\'s spokesman, Tersoo Kula, said the state would compensate the families. "No village will be abandoned," the statement said.',
    "No village",
    "Tersoo Kula",
)
P(
    "s31:in-statement-body-still",
    'Police said 14 people were killed. In a statement, the Kwara State Government said it had deployed guards. "We will not surrender," the statement added.',
    "We will not",
    "Kwara State Government",
)
P(
    "s31:in-statement-name-role-after",
    'The state government condemned the attack. In a statement, Kayode Adesiyan, the governor\'s spokesman, said guards had been recruited. "We will not surrender," the statement added.',
    "We will not",
    "Kayode Adesiyan",
)
P(
    "s31:in-release-rank-chain-then-read",
    'Troops cleared three camps. In a press release, the Director of Army Public Relations, Brig. Gen. Tukur Gusau, said 40 fighters were killed. The release read: "The operation will continue until the forest is cleared."',
    "The operation will",
    "Tukur Gusau",
)
P(
    "s31:in-statement-two-people-role-holder",
    'Amina Bello, a farmer, said she lost her son. In a statement, the chairman of the local council, Musa Danladi, said relief had been sent. "We will rebuild every house," the statement said.',
    "We will rebuild",
    "Musa Danladi",
)
# A: "the report / the statement said" -> the document's author: "a report by X", "a
# statement from X", a body that spoke since an older statement ("gave another account, saying")
P(
    "s31:report-by-named",
    'At least 400 people have died in custody, according to a report by Human Rights Watch published on Monday. The government rejected the findings. "These deaths were preventable," the report said.',
    "These deaths",
    "Human Rights Watch",
)
P(
    "s31:statement-from-named",
    'Floods cut off three villages, according to a statement from the Kenya Red Cross. Roads were closed. "Our teams are reaching them by boat," the statement said.',
    "Our teams",
    "Kenya Red Cross",
)
P(
    "s31:report-by-described-then-named",
    'Dozens of detainees died of torture, according to a report by a Geneva-based monitoring organisation. Euro-Med Monitor said it had interviewed 40 former prisoners. Israel denied the claims. "The pattern is systematic," the report said.',
    "The pattern",
    "Euro-Med Monitor",
)
P(
    "s31:gave-account-saying-beats-older-statement",
    'The Assam government said in a statement that Mizoram police had opened fire. "Our men were fired upon," said Rituraj Bora, a spokesman for the Assam Police. Rwanda\'s defence ministry gave a different account, saying Assam police had crossed the line. "We had no option but to respond," the statement said.',
    "We had no option",
    "Rwanda",
)
P(
    "s31:report-of-abuses-is-no-author",
    'Amnesty International said on Monday it had documented 30 killings. It published a report of abuses in the camps. "Nobody has been held to account," the report said.',
    "Nobody has been",
    "Amnesty International",
)
# D: "X, who ..., said ..." is X speaking, however long the relative clause
P(
    "s31:who-clause-long-then-he",
    'The dead were identified as constable Ali Nawaz Sabzoi and constable Mumtaz Bhatti.\n\nLarkana range DIG Nasir Aftab Kalhoro, who led the funeral prayers at the district police headquarters in Kandhkot on Wednesday, said a joint operation would be launched.\n\n"There will be no safe haven for these criminals," he said.',
    "There will be no",
    "Nasir Aftab Kalhoro",
)
P(
    "s31:who-clause-long-then-she",
    'Doctors named the wounded woman as Amina Bello. Dr. Halima Sadiq, who has run the only surgical ward in the district since the hospital reopened in March last year, said supplies were short.\n\n"We are operating by torchlight," she said.',
    "We are operating",
    "Halima Sadiq",
)
P(
    "s31:who-clause-silent-not-speaker",
    'Father Ramón Chaparro visits a dozen villages. "Nobody comes to report a crime," he says.\n\nJosé Cruz, who fled his village in the hills two years ago with his three children and his mother, sleeps on the floor of a school.\n\n"We cannot go back," he says.',
    "We cannot go back",
    "José Cruz",
)
# D: a man's wife, a woman's husband: the owner of a spouse has the other sex
P(
    "s31:owner-of-wife-is-he",
    '"People come to bury someone," says Father Ramón Chaparro, a priest.\n\nIn the room on the edge of town, Cruz\'s wife cooks beans on a stove. The family receives food every two weeks, he says, but he has no work.\n\n"If the government tells us it is safe, we will go back," he says.',
    "If the government",
    "Cruz",
)
P(
    "s31:owner-of-husband-is-she",
    '"The road is closed," said Ahmed Musa, a driver.\n\nAt the camp, Okafor\'s husband mends a net. She has not been paid since June.\n\n"We eat once a day," she said.',
    "We eat once",
    "Okafor",
)
P(
    "s31:owner-of-wife-not-she",
    '"The road is closed," said Fatima Musa, a nurse.\n\nAt the camp, Okafor\'s wife mends a net. The children have no school.\n\n"We eat once a day," she said.',
    "We eat once",
    "Fatima Musa",
)
# C: "a spokesman for X said ..." then "he said": the spokesman speaks for X (guideline h)
P(
    "s31:spokesman-for-body-then-he",
    '"My brother cuts cane," said Ghulam Hussain Malik. In Rahim Yar Khan, across the boundary, a spokesman for the Punjab Police said two suspects had been arrested. "We are in contact with the Sindh police," he said.',
    "We are in contact",
    "Punjab Police",
)
P(
    "s31:spokeswoman-of-body-then-she",
    '"We lost everything," said Maryam Yusuf, a trader. A spokeswoman for UNICEF said 40 children had been treated. "The clinic is overwhelmed," she said.',
    "The clinic",
    "UNICEF",
)
P(
    "s31:body-spokesman-then-he",
    '"We lost everything," said Abdi Nur, a trader. A KDF spokesman said the road had been reopened. "Our troops are patrolling," he added.',
    "Our troops",
    "KDF",
)
P(
    "s31:officer-of-body-then-he-none",
    '"We lost everything," said Abdi Nur, a trader. In Garissa, a police officer said two suspects were held. "They will be charged," he said.',
    "They will be charged",
    None,
)
P(
    "s31:named-spokesman-for-body-then-he",
    '"We lost everything," said Abdi Nur, a trader. A spokesman for the Punjab Police, Ahmed Raza, said two suspects were held. "They will be charged," he said.',
    "They will be charged",
    "Ahmed Raza",
)
P(
    "s31:owner-spokeswoman-then-she-colon",
    'Nadia Haddad, a mother of four, said the shelter was full. UNICEF\'s spokeswoman said 40 children had been treated. She said: "The clinic is overwhelmed."',
    "The clinic",
    "UNICEF",
)
P(
    "s31:spokesman-for-body-aside-then-he",
    '"We lost everything," said Abdi Nur. A spokesman for the Kenya Defence Forces, speaking in Nairobi, said the road had reopened. "Our troops are patrolling," he told reporters.',
    "Our troops",
    "Kenya Defence Forces",
)
P(
    "s31:spokesman-for-unnamed-body-then-he-none",
    '"We lost everything," said Abdi Nur. A spokesman for the county government said the road had reopened. "Our troops are patrolling," he said.',
    "Our troops",
    None,
)
# E: a quote inside a relative clause: "<antecedent>, which/who ... says ..." is the antecedent's
P(
    "s31:which-says-antecedent-described",
    'Myanmar\'s military has relied on air power since the coup. AFP was unable to reach a spokesman for the military, which routinely denies targeting civilians and says it strikes only "terrorist" positions.',
    "terrorist",
    "Myanmar",
)
P(
    "s31:which-calls-antecedent-named",
    'The strike was condemned by Human Rights Watch, which called it "a war crime" and urged an inquiry.',
    "a war crime",
    "Human Rights Watch",
)
P(
    "s31:who-said-antecedent-person",
    'Reporters reached Amina Yusuf, a midwife, who said the camp had "run out of everything".',
    "run out",
    "Amina Yusuf",
)
P(
    "s31:which-object-not-antecedent",
    'The RSF, which Human Rights Watch says committed "grave abuses" in Geneina, denies the charge.',
    "grave abuses",
    "Human Rights Watch",
)
P(
    "s31:who-also-say-antecedent-named",
    'Shipping firms rerouted vessels away from the Houthis, who also say they target only "Israeli-linked" ships.',
    "Israeli-linked",
    "Houthis",
)
P(
    "s31:which-often-says-described-group",
    'The M23 took the town of Sake on Monday. Reuters could not reach the rebel group, which often says it strikes only "military targets".',
    "military targets",
    "M23",
)
P(
    "s31:which-said-cited-named-org",
    'The UN cited Médecins Sans Frontières, which said its clinic in the town had been "looted twice".',
    "looted twice",
    "Médecins Sans Frontières",
)
# session-30 leftovers: "the families said" are people, not the association whose name holds them
P(
    "s31:the-relatives-not-committee",
    'The Committee of Relatives of the Disappeared marched to the prosecutor\'s office in Tegucigalpa. "We want our sons back," the relatives said.',
    "We want our sons",
    None,
)
P(
    "s31:the-elders-not-union",
    'The Union of Sinai Tribes met the governor on Sunday. "We were promised roads," the elders said.',
    "We were promised",
    None,
)
P(
    "s31:the-villagers-joint-named",
    'Musa Adamu and Ibrahim Sani walked for three days to reach Maiduguri. "We left everything behind," the villagers said.',
    "We left everything",
    "Musa Adamu",
)
# session-30 leftover: "the guard said" is a person (named before as the guard, else nobody)
P(
    "s31:the-guard-not-national-guard",
    'The National Guard sent 200 troops to the city. "We are watching every road," the guard said.',
    "We are watching",
    None,
)
P(
    "s31:the-guard-named-before",
    'Mexico\'s National Guard sent 200 troops. At the bridge, guard Luis Ortega waved us through. "Nobody crosses at night," the guard said.',
    "Nobody crosses",
    "Luis Ortega",
)
P(
    "s31:the-driver-not-transport-union",
    'The Kenya Long Distance Truck Drivers Union called a strike. "We are shot at on every trip," the driver said.',
    "We are shot",
    None,
)
# session-30 leftover: "the agency said" -> a state's security or intelligence service too
P(
    "s31:the-agency-state-service-acronym",
    'Nigeria\'s Department of State Services (DSS) arrested three suspects in Kano. The agency said: "The cell was planning attacks on churches."',
    "The cell",
    "DSS",
)
P(
    "s31:the-agency-intelligence-service",
    'Kenya\'s National Intelligence Service said it had foiled a plot in Mombasa. "The suspects were under watch for months," the agency said.',
    "The suspects",
    "National Intelligence Service",
)
P(
    "s31:the-agency-un-agency-nearer",
    'The Federal Security Service (FSB) said it had detained a man. The UN refugee agency, UNHCR, said 300 people fled. "They need shelter," the agency said.',
    "They need shelter",
    "UNHCR",
)
# the subject that spoke in the sentence before goes on as "the army", over an owner before
P(
    "s31:capital-denied-then-the-army",
    'An offensive by Sudan\'s army on Omdurman killed 30 people, residents said. Khartoum rejected the report. "Our forces struck only military targets," the army said.',
    "Our forces struck",
    "Khartoum",
)
P(
    "s31:capital-acted-owner-keeps-army",
    'An offensive by Sudan\'s army on Omdurman killed 30 people, residents said. Khartoum has fought the RSF since 2023. "Our forces struck only military targets," the army said.',
    "Our forces struck",
    "Sudan",
)
# before the quote: an owned statement read, a description that names itself
P(
    "s31:its-statement-read",
    'Hamas issued a statement on Monday. Its statement read: "The occupation bears full responsibility."',
    "The occupation",
    "Hamas",
)
P(
    "s31:who-call-themselves-said-colon",
    'The rebels, who call themselves the March 23 Movement, said in a statement: "Goma is liberated."',
    "Goma is",
    "March 23 Movement",
)
# "the ministry said" is no army named before by its name (another kind of state body)
P(
    "s31:the-ministry-not-a-named-army",
    'The Kenya Defence Forces said two soldiers died. The ministry of defence later confirmed the deaths. "They died heroes," the ministry said.',
    "They died",
    None,
)
P(
    "s31:the-army-is-a-named-force",
    'The Kenya Defence Forces said two soldiers died. "They died heroes," the army said.',
    "They died",
    "Kenya Defence Forces",
)

# ---- session 32 (ROTSPEAK4): invented probes of the weak classes, in several house styles
# a subject with an apposition naming another body ("X, the EU's agency, said / warned that")
P(
    "s32:apposition-owner-said-colon",
    'Europol, the EU\'s law enforcement agency, said on Tuesday: "Criminal networks now recruit children online."',
    "Criminal networks",
    "Europol",
)
P(
    "s32:apposition-owner-warned-that",
    'Frontex, the European Union\'s border agency, has recorded a rise in crossings and warned that smugglers were "using ever more dangerous routes".',
    "using ever",
    "Frontex",
)
P(
    "s32:apposition-un-agency-said-its",
    'UNRWA, the UN agency for Palestinian refugees, said its shelters in Khan Younis were "far beyond capacity".',
    "far beyond",
    "UNRWA",
)
P(
    "s32:apposition-rights-group-and-said",
    'Amnesty International, the London-based rights group, documented the raids and said they amounted to "collective punishment".',
    "collective",
    "Amnesty International",
)
P(
    "s32:apposition-minister-of-state-told",
    'Karim Benali, Algeria\'s interior minister, told parliament: "We will not allow chaos on our borders."',
    "We will not",
    "Karim Benali",
)
P(
    "s32:apposition-who-un-health-agency",
    'The WHO, the UN\'s health agency, has counted 40 attacks on hospitals in Sudan and warned that the system was "on the verge of collapse".',
    "on the verge",
    "WHO",
)
P(
    "s32:apposition-spokesman-for-body",
    'A spokesman for Frontex, the EU\'s border agency, said: "We saw the boat capsize."',
    "We saw",
    "Frontex",
)
P(
    "s32:apposition-person-of-group-described",
    'Moussa Ag Ibrahim, a commander of the Tuareg-led FLA, described the drone strike and said it had "killed only shepherds".',
    "killed only",
    "Moussa Ag Ibrahim",
)
P(
    "s32:apposition-had-earlier-said",
    'The World Food Programme, the UN\'s food agency, had earlier said the camps in Tawila were "on the brink of famine".',
    "on the brink",
    "World Food Programme",
)
P(
    "s32:apposition-has-said-own-acronym",
    'The UN human rights office, OHCHR, has said the raids were "unlawful".',
    "unlawful",
    "OHCHR",
)
# a title abbreviated or repeated as a noun ("the SP told PTI", "the DIG said")
P(
    "s32:the-dig-told-reporters",
    'Deputy Inspector General of Police Ravi Menon said two suspects were held. "We are questioning them about the explosives," the DIG told reporters.',
    "We are questioning",
    "Ravi Menon",
)
P(
    "s32:the-sho-said",
    'Station House Officer Anil Verma said the bodies had been sent for post-mortem. "The family has filed a complaint," the SHO said.',
    "The family",
    "Anil Verma",
)
P(
    "s32:the-dc-said",
    'Deputy Commissioner Meera Das visited the flooded villages on Tuesday. "Relief camps have been set up in six schools," the DC said.',
    "Relief camps",
    "Meera Das",
)
P(
    "s32:the-cm-said",
    'Chief Minister Tashi Dorje condemned the ambush. "The guilty will not be spared," the CM told the Assembly.',
    "The guilty",
    "Tashi Dorje",
)
P(
    "s32:the-igp-said",
    'Inspector General of Police Musa Adamu said 30 officers had been deployed to Zamfara. "We will recover every abducted pupil," the IGP said.',
    "We will recover",
    "Musa Adamu",
)
P(
    "s32:the-sp-after-other-person",
    'Superintendent of Police Kiran Rao said the attackers came from Myanmar. Villager Lalit Gogoi said he heard gunfire for an hour. "They fled across the border before dawn," the SP said.',
    "They fled",
    "Kiran Rao",
)
P(
    "s32:the-dm-second-of-two",
    'Superintendent of Police Kiran Rao and District Magistrate Sunita Bora reached the site by noon. "Compensation will be paid within a week," the DM said.',
    "Compensation",
    "Sunita Bora",
)
P(
    "s32:the-sp-unnamed",
    'Police said two men were arrested in Tezu. "They have confessed to the robbery," the SP said.',
    "They have confessed",
    None,
)
P(
    "s32:the-minister-said-title",
    'Interior Minister Ahmed Karimi said the border would stay closed. Farmers in Herat said they could not sell their crops. "We have no choice," the minister said.',
    "We have no choice",
    "Ahmed Karimi",
)
P(
    "s32:the-governor-said-title",
    'Governor Aliyu Bello visited the camp at Dalori on Monday. "Nobody will be forced to return," the governor said.',
    "Nobody will",
    "Aliyu Bello",
)
P(
    "s32:the-commander-said-role-after",
    'Ahmed Jibril, the commander of the local militia, said his men had held the bridge. "We lost four fighters," the commander said.',
    "We lost four",
    "Ahmed Jibril",
)
P(
    "s32:the-dig-title-in-apposition",
    'Ravi Menon, the Deputy Inspector General of Police, said two suspects were held in Imphal. "We recovered grenades from their house," the DIG said.',
    "We recovered",
    "Ravi Menon",
)
P(
    "s32:the-sp-title-of-another-person",
    'District Magistrate Sunita Bora said the road would reopen on Friday. "Two men were detained," the SP said.',
    "Two men were",
    None,
)
P(
    "s32:the-cp-state-commissioner-of-police",
    'Kano State Commissioner of Police Usman Garba said the gunmen had been traced to a forest. "We will bring them to justice," the CP told journalists.',
    "We will bring",
    "Usman Garba",
)
P(
    "s32:the-dpo-told-dawn",
    'District Police Officer Imran Shah said the checkpoint came under fire at night. "Our men returned fire," the DPO told Dawn.',
    "Our men",
    "Imran Shah",
)
P(
    "s32:the-dci-said-uk",
    'Detective Chief Inspector Sarah Mills said the victim was 17. "We need anyone with footage to come forward," the DCI said.',
    "We need anyone",
    "Sarah Mills",
)
P(
    "s32:the-pm-said-before",
    'Prime Minister Ali Warsame visited the wounded in Baidoa. The PM said: "Al-Shabaab will be defeated."',
    "Al-Shabaab will",
    "Ali Warsame",
)
# a joint statement: the first named of the issuers (guideline, joint speakers)
P(
    "s32:joint-statement-said-colon",
    'The Kachin Independence Army and the Arakan Army said in a joint statement: "We will defend our people against the junta."',
    "We will defend",
    "Kachin Independence Army",
)
P(
    "s32:joint-claimed-then-the-statement-said",
    'Hamas and Islamic Jihad claimed the attack in a joint statement. "This is a response to the crimes of the occupation," the statement said.',
    "This is a response",
    "Hamas",
)
P(
    "s32:joint-sent-to-media-statement-said",
    'The Arakan Army and the Kachin Independence Army said in a joint statement sent to reporters that they had taken the base. "The junta\'s soldiers fled," the statement said.',
    "The junta",
    "Arakan Army",
)
P(
    "s32:in-a-joint-statement-A-and-B",
    'In a joint statement, the UN and the African Union said the truce in El Fasher was "fragile and must be extended".',
    "fragile",
    "UN",
)
P(
    "s32:joint-statement-read",
    'Amnesty International and Human Rights Watch issued a joint statement on Friday. "These killings must be investigated," it read.',
    "These killings",
    "Amnesty International",
)
P(
    "s32:joint-bracketed-acronyms-said-in-joint-statement",
    'The Allied Democratic Forces (ADF) and the Democratic Forces for the Liberation of Rwanda (FDLR) said in a joint statement that they would "fight on until the end".',
    "fight on",
    "ADF",
)
P(
    "s32:accused-in-a-statement-then-the-statement-said",
    'Sudan\'s interior ministry accused the RSF of shelling the Zamzam camp in a statement on Sunday. "The militia targets civilians deliberately," the statement said.',
    "The militia",
    "Sudan",
)
P(
    "s32:joint-relative-clause-acronym-not-joined",
    'Kenya, which chairs the East African Community (EAC), and Tanzania urged the parties to talk. "There is no military solution," the two governments said.',
    "There is no",
    "Kenya",
)
# other before-the-quote forms
P(
    "s32:wrote-on-telegram",
    'The regional governor, Oleh Marchenko, wrote on Telegram: "Two people were killed in the strike on Kherson."',
    "Two people",
    "Oleh Marchenko",
)
P(
    "s32:said-in-a-post-on-x",
    'Israel\'s military said in a post on X that its jets had struck "Hezbollah infrastructure" in southern Lebanon.',
    "Hezbollah",
    "Israel",
)
P(
    "s32:speaking-by-phone-from",
    'Speaking to AFP by telephone from Bamako, Oumar Traore said: "The convoy was attacked twice on the road."',
    "The convoy",
    "Oumar Traore",
)
P(
    "s32:who-heads-told-that",
    'Oumar Traore, who heads a farmers\' union in Mopti, told AFP that "no one dares to go to the fields any more".',
    "no one dares",
    "Oumar Traore",
)
P(
    "s32:age-and-description-said",
    'Fatima Bello, 34, a mother of three from Gwoza, said: "They took everything we had."',
    "They took",
    "Fatima Bello",
)
P(
    "s32:head-of-delegation-apposition",
    'The head of the ICRC delegation in Kyiv, Pierre Dumont, said: "The needs grow with every winter."',
    "The needs grow",
    "Pierre Dumont",
)
P(
    "s32:statement-said-issuer-sentence-before",
    'The Arakan Army issued a statement on Sunday. The statement said the town had fallen and urged "all civilians to stay indoors".',
    "all civilians",
    "Arakan Army",
)
P(
    "s32:according-to-statement-from",
    'According to a statement from Nigeria\'s army, "the troops neutralised 12 terrorists" near Bama.',
    "the troops",
    "Nigeria",
)
P(
    "s32:in-an-interview-with",
    'In an interview with the BBC, Aisha Musa described the night of the raid: "We ran into the bush with nothing."',
    "We ran into",
    "Aisha Musa",
)
P(
    "s32:bare-quote-paragraph-after-intro",
    'Leila Haddad, a teacher in Tyre, has waited three days for news of her brother.\n\n"Nobody tells us anything. Nobody answers the phone."',
    "Nobody tells",
    "Leila Haddad",
)
P(
    "s32:colon-after-description",
    'The message from the army\'s spokesman, Colonel Souleymane Dembele, was blunt: "We will pursue the terrorists wherever they are."',
    "We will pursue",
    "Souleymane Dembele",
)
P(
    "s32:office-of-said",
    'The office of the UN High Commissioner for Refugees said the camp was "unsafe for return".',
    "unsafe for",
    "UN High Commissioner for Refugees",
)
# pronouns and descriptions
P(
    "s32:she-title-gender",
    'Interior Minister Grace Okafor and her deputy, Musa Bello, visited the camp. "We will rebuild every house," she said.',
    "We will rebuild",
    "Grace Okafor",
)
P(
    "s32:he-victim-named-between",
    'Musa Bello said his son, Ibrahim, had been shot at the checkpoint. "He was only twelve," he said.',
    "He was only",
    "Musa Bello",
)
P(
    "s32:the-group-past-nearer-state",
    'JNIM claimed the attack near Djibo, which Burkina Faso\'s army said had killed 20 soldiers. "Our fighters seized their weapons," the group said.',
    "Our fighters",
    "JNIM",
)
P(
    "s32:the-ministry-added-past-officials",
    'Iraq\'s interior ministry said three officers were killed in Kirkuk. Kurdish officials disputed the account. "The attackers came from the hills," the ministry added.',
    "The attackers",
    "Iraq",
)
P(
    "s32:the-rebels-said",
    'The M23 said it had taken Walikale. The Congolese army denied it. "The town is under our control," the rebels said.',
    "The town is",
    "M23",
)
P(
    "s32:the-organisation-said",
    'Medecins Sans Frontieres said its clinic in Nyala had been looted. Sudan\'s army blamed the RSF. "Our staff are safe," the organisation said.',
    "Our staff",
    "Medecins Sans Frontieres",
)
P(
    "s32:the-official-said-named",
    'A senior Afghan official, Karim Mansour, said the border had been closed. "Nobody crosses until the talks end," the official said.',
    "Nobody crosses",
    "Karim Mansour",
)
P(
    "s32:the-45-year-old-said",
    'Halima Yusuf lost two sons in the raid on Kuchi. "I buried them myself," the 45-year-old said.',
    "I buried",
    "Halima Yusuf",
)
P(
    "s32:they-said-after-group",
    'The Houthis said they had fired missiles at a tanker in the Red Sea. "The ship belongs to the enemy," they said.',
    "The ship",
    "Houthis",
)
P(
    "s32:the-agency-said-un",
    'The UN refugee agency UNHCR said 30,000 people had crossed into Chad. Chad\'s government asked for aid. "The camps are full," the agency said.',
    "The camps",
    "UNHCR",
)
P(
    "s32:the-spokeswoman-said-named",
    'Army spokeswoman Major Amina Sule said the base had been reinforced. "We are in control," the spokeswoman said.',
    "We are in control",
    "Amina Sule",
)

# second batch: before-the-quote and pronoun forms of other house styles
P(
    "s32b:said-in-statement-that-partial",
    'The Kenya Defence Forces said in a statement that its soldiers had "repulsed the attackers" near Mandera.',
    "repulsed",
    "Kenya Defence Forces",
)
P(
    "s32b:in-a-statement-X-said-colon",
    'In a statement, Human Rights Watch said: "The killings in Darfur bear the marks of ethnic cleansing."',
    "The killings",
    "Human Rights Watch",
)
P(
    "s32b:in-statement-posted-on-telegram-group",
    'In a statement posted on Telegram, Africa Corps said its convoy had been "ambushed by terrorists" near Kidal.',
    "ambushed",
    "Africa Corps",
)
P(
    "s32b:told-the-ap-that",
    'Ahmad Qureshi told The Associated Press that the drone "came out of nowhere" and hit the wedding tent.',
    "came out",
    "Ahmad Qureshi",
)
P(
    "s32b:anonymous-official-colon",
    'A security official in Maiduguri, speaking on condition of anonymity, said: "The attackers came on motorbikes."',
    "The attackers came",
    None,
)
P(
    "s32b:said-on-x-formerly-twitter",
    'Sudanese activist Reem Abbas said on X, formerly Twitter: "El Fasher is starving."',
    "El Fasher is",
    "Reem Abbas",
)
P(
    "s32b:asked-replied",
    'Asked whether the army would withdraw from Mopti, Colonel Issa Konate replied: "Not while one terrorist remains."',
    "Not while",
    "Issa Konate",
)
P(
    "s32b:told-bbc-programme",
    'Grace Achieng told the BBC\'s Newsday programme: "We hid under the beds until morning."',
    "We hid",
    "Grace Achieng",
)
P(
    "s32b:who-was-wounded-recalled",
    'Yusuf Adamu, who was wounded in the attack, recalled: "They shot at anything that moved."',
    "They shot",
    "Yusuf Adamu",
)
P(
    "s32b:posted-on-facebook-colon",
    'Local councillor Emmanuel Mensah posted on Facebook: "Pray for Bawku tonight."',
    "Pray for",
    "Emmanuel Mensah",
)
P(
    "s32b:he-added-colon",
    'Omar Farouk said the road to Aleppo was closed. He added: "Nobody can bring food in."',
    "Nobody can",
    "Omar Farouk",
)
P(
    "s32b:group-amaq-statement-that",
    'The Islamic State group claimed the bombing. The group said in a statement carried by its Amaq news agency that it had targeted "apostate soldiers".',
    "apostate",
    "Islamic State",
)
P(
    "s32b:spokesman-of-body-named-colon",
    'The Houthis\' spokesman, Yahya Saree, said in a televised address: "We targeted the ship with two missiles."',
    "We targeted",
    "Yahya Saree",
)
P(
    "s32b:spokesman-for-X-Y-told-reuters",
    'A spokesman for the Tigray interim administration, Hailu Gebre, told Reuters: "Our forces are not withdrawing."',
    "Our forces are not",
    "Hailu Gebre",
)
P(
    "s32b:police-national-said-statement",
    'Kenyan police said in a statement: "Two officers were killed when their vehicle hit an explosive device."',
    "Two officers",
    "Kenyan police",
)
P(
    "s32b:local-official-by-phone",
    'Local administrator Musa Kallon said by phone from Kenema: "The water is rising every hour."',
    "The water",
    "Musa Kallon",
)
P(
    "s32b:writing-on-x-the-minister-named",
    'Writing on X, the foreign minister, Ayman Khalil, said: "Jordan will not be a battlefield."',
    "Jordan will",
    "Ayman Khalil",
)
P(
    "s32b:ms-she-past-mr",
    'Ms Okonjo said the clinic had run out of insulin. Mr Bello, the district officer, disagreed. "We have been begging for months," she said.',
    "We have been",
    "Okonjo",
)
P(
    "s32b:it-said-unicef",
    'UNICEF said at least 40 children had been killed in Kordofan this month. "Children are paying the highest price," it said.',
    "Children are",
    "UNICEF",
)
P(
    "s32b:the-government-said",
    'Ethiopia\'s government said Fano fighters had attacked Gondar. "The attackers were repelled," the government said.',
    "The attackers were",
    "Ethiopia",
)
P(
    "s32b:the-president-said-title",
    'President Adamu Jalo visited the wounded in Yola. Aid workers said supplies were short. "Those responsible will pay," the president said.',
    "Those responsible",
    "Adamu Jalo",
)
P(
    "s32b:the-mother-of-five",
    'Amina Ibrahim fled Mafa with her children in March. "We walked for two days," the mother of five said.',
    "We walked",
    "Amina Ibrahim",
)
P(
    "s32b:the-movement-said",
    'The M23 seized Bukavu airport, residents said. Congo\'s army said it had withdrawn to avoid civilian deaths. "We came to protect our people," the movement said.',
    "We came to",
    "M23",
)
P(
    "s32b:the-mission-said",
    'MONUSCO said its peacekeepers had evacuated 300 civilians from Sake. "The situation remains extremely tense," the mission said.',
    "The situation",
    "MONUSCO",
)
P(
    "s32b:the-charity-said",
    'Save the Children said two of its staff had been killed in Khan Younis. Israel\'s army said it was reviewing the incident. "They were wearing vests marked with our logo," the charity said.',
    "They were wearing",
    "Save the Children",
)
P(
    "s32b:the-monitor-said",
    'The Syrian Observatory for Human Rights said 12 people had died in the strikes on Idlib. "Most of them were civilians," the monitor said.',
    "Most of them",
    "Syrian Observatory for Human Rights",
)
P(
    "s32b:the-court-said",
    'The International Criminal Court issued an arrest warrant for the commander. "There are reasonable grounds to believe he ordered the killings," the court said.',
    "There are reasonable",
    "International Criminal Court",
)
P(
    "s32b:the-insurgents-said",
    'The Kachin Independence Army said it had captured a junta base in Bhamo. "The soldiers surrendered after three days," the insurgents said.',
    "The soldiers surrendered",
    "Kachin Independence Army",
)
P(
    "s32b:they-said-pair-people",
    'Brothers Ali Hassan and Omar Hassan were at the market when the shells fell. "We ran without our shoes," they said.',
    "We ran without",
    "Ali Hassan",
)
P(
    "s32b:they-said-counted-pair-apposition",
    'Two farmers, Musa Garba and Idris Bala, were in the fields near Gusau. "The gunmen took our cattle first," they said.',
    "The gunmen took",
    "Musa Garba",
)
P(
    "s32b:they-said-pair-inside-phrase-about-others",
    'Soldiers loyal to Ali Hassan and Omar Hassan were at the market when the shells fell. "We ran without our shoes," they said.',
    "We ran without",
    None,
)
P(
    "s32b:the-embassy-said",
    'The US embassy in Juba urged citizens to leave South Sudan. "Commercial flights may stop at short notice," the embassy said.',
    "Commercial flights",
    "US",
)
P(
    "s32b:she-nurse-named-then-man-quoted-between",
    'Nurse Halima Sadiq has worked at the Maiduguri clinic for ten years. Her colleague, Ibrahim Sule, said they lacked beds. "I have never seen so many wounded children," she said.',
    "I have never",
    "Halima Sadiq",
)
P(
    "s32b:bare-quote-paragraph-after-said-para",
    'Abdullahi Warsame, a fisherman in Kismayo, said the boats had stopped going out.\n\n"The sea is full of warships now. We cannot work."',
    "The sea is",
    "Abdullahi Warsame",
)

# third batch: pronouns with gender, bodies by kind, local press styles
P(
    "s32c:she-mrs-past-unknown-gender-official",
    'Mrs Halima Bukar lost her husband in the raid on Konduga. District head Bulama Kachalla said the attackers came at night. "They took our food and burned the rest," she said.',
    "They took our food",
    "Halima Bukar",
)
P(
    "s32c:he-past-woman-named-between",
    'Farmer Joseph Danladi said his wife, Ruth, had been abducted. Ruth Danladi is 34. "I have sold my land to pay them," he said.',
    "I have sold",
    "Joseph Danladi",
)
P(
    "s32c:she-daughter-of",
    'Ana Morales, whose daughter disappeared in 2021, joined the march in Culiacan. "We will search until we find them," she said.',
    "We will search",
    "Ana Morales",
)
P(
    "s32c:he-told-pti-over-phone",
    'Deputy Commissioner Rakesh Sharma said the injured were taken to Guwahati. "All of them are stable," he told PTI over phone.',
    "All of them",
    "Rakesh Sharma",
)
P(
    "s32c:the-police-chief-said-named",
    'Police chief Ahmed Ali said the bomber had been arrested. Residents said the market was crowded. "He was carrying a bag of nails," the police chief said.',
    "He was carrying",
    "Ahmed Ali",
)
P(
    "s32c:the-army-spokesman-said-named",
    'Army spokesman Brig. Gen. Onyema Nwachukwu said the troops had rescued 20 hostages. "More operations are ongoing," the army spokesman said.',
    "More operations",
    "Onyema Nwachukwu",
)
P(
    "s32c:punch-style-spokesperson-told",
    'The spokesperson for the Zamfara State Police Command, SP Yazid Abubakar, told our correspondent: "The bandits fled into the forest."',
    "The bandits fled",
    "Yazid Abubakar",
)
P(
    "s32c:dawn-style-dpo-added-colon",
    'Kurram DPO Nisar Khan said the convoy had been attacked near Bagan. He added: "The road has been closed for traffic."',
    "The road has",
    "Nisar Khan",
)
P(
    "s32c:latam-style-fiscalia",
    "Colombia's Attorney General's Office said in a statement that the massacre was \"a message from the ELN\".",
    "a message",
    "Attorney General's Office",
)
P(
    "s32c:the-ngo-said-acronym",
    'The Norwegian Refugee Council (NRC) said 4,000 families had fled Ituri. Uganda\'s army said it would send more troops. "The camps are overflowing," the NGO said.',
    "The camps are",
    "NRC",
)
P(
    "s32c:the-group-said-past-person",
    'Al-Shabaab claimed the attack on the base in Lower Shabelle. Regional governor Abdikadir Nur said 12 soldiers were killed. "We killed dozens of apostates," the group said.',
    "We killed dozens",
    "Al-Shabaab",
)
P(
    "s32c:it-said-past-person-named",
    'The Arakan Army said it had captured Maungdaw. Myanmar\'s junta spokesman Zaw Min Tun denied the report. "The town is fully under our control," it said.',
    "The town is fully",
    "Arakan Army",
)
P(
    "s32c:they-said-group-plural-name",
    'The Houthis fired a missile at Eilat overnight, Israel\'s army said. "The operation was a success," they said.',
    "The operation was",
    "Houthis",
)
P(
    "s32c:the-rights-group-said-after-two",
    'Amnesty International said the trial was unfair. Egypt\'s public prosecutor said the defendants had confessed. "Confessions extracted under torture are worthless," the rights group said.',
    "Confessions",
    "Amnesty International",
)
P(
    "s32c:the-ministry-said-its-own-name",
    'The Ministry of Foreign Affairs of Ukraine condemned the strike on Odesa. "This is a war crime," the ministry said.',
    "This is a war",
    "Ministry of Foreign Affairs of Ukraine",
)
P(
    "s32c:colon-after-description-body",
    'The response from Sudan\'s Rapid Support Forces was swift: "We did not attack the camp."',
    "We did not attack",
    "Rapid Support Forces",
)
P(
    "s32c:quote-paragraph-after-quoted-paragraph",
    'Fatima Zahra runs a shelter in Nador.\n\n"Every week more young men come," she said. "They have nothing."\n\n"Some sleep in the forest."',
    "Some sleep",
    "Fatima Zahra",
)
P(
    "s32c:statement-read-after-issuer-named-in-para",
    'The Nigerian Army issued a statement on Sunday night. It read: "Troops neutralised 15 terrorists in Sambisa."',
    "Troops neutralised",
    "Nigerian Army",
)
P(
    "s32c:statement-read-in-part",
    'The Nigerian Army issued a statement on Sunday night. The statement read in part: "Troops neutralised 15 terrorists in Sambisa."',
    "Troops neutralised",
    "Nigerian Army",
)
P(
    "s32c:it-read-a-sign-not-a-statement",
    'The Nigerian Army put up a sign at the gate of the barracks. It read: "No entry."',
    "No entry",
    None,
)
P(
    "s32c:the-ngo-said-before-colon",
    'Medecins Sans Frontieres said its clinic in Nyala was looted. The NGO said: "Our staff are safe."',
    "Our staff are",
    "Medecins Sans Frontieres",
)
P(
    "s32c:he-own-kin-after-said-gives-gender",
    'Ochieng, 45, said his son had been shot at the protest.\n\nThe county commissioner, Wekesa, visited the hospital on Monday.\n\n"My boy was only buying bread," he said.',
    "My boy",
    "Ochieng",
)
P(
    "s32c:she-own-house-after-said-gives-gender",
    'Nyokabi said her house was burned by the raiders.\n\nThe chief, Kiprono, toured the village on Tuesday.\n\n"We have nowhere to sleep," she said.',
    "We have nowhere",
    "Nyokabi",
)
P(
    "s32c:she-earlier-woman-past-unknown-who-says-nothing",
    'Nyokabi said her house was burned by the raiders. Kiprono, who was shot in the leg, was taken to Eldoret by the police. "We have nowhere to sleep," she said.',
    "We have nowhere",
    "Nyokabi",
)
P(
    "s32c:X-said-in-a-post-on-x-colon",
    'Ukraine\'s foreign ministry said in a post on X: "Russia struck a hospital in Kharkiv again."',
    "Russia struck",
    "Ukraine",
)
P(
    "s32c:according-to-a-police-report",
    'According to the Kenya Police Service, "the suspects were armed with AK-47 rifles".',
    "the suspects were",
    "Kenya Police Service",
)
P(
    "s32c:the-ministry-said-after-its-minister",
    'Iraq\'s defence ministry said four soldiers were killed near Tuz Khurmatu. Defence Minister Saad Hamid visited the wounded. "The terrorists will be pursued," the ministry said.',
    "The terrorists",
    "Iraq",
)
P(
    "s32c:the-minister-said-after-ministry",
    'Iraq\'s defence ministry said four soldiers were killed near Tuz Khurmatu. Defence Minister Saad Hamid visited the wounded. "The terrorists will be pursued," the minister said.',
    "The terrorists",
    "Saad Hamid",
)

# fourth batch: after the quote, continuations and anonymous speakers
P(
    "s32d:said-inverted-name-role",
    '"We buried eleven people this morning," said Abdoulaye Diallo, the mayor of Djibo.',
    "We buried",
    "Abdoulaye Diallo",
)
P(
    "s32d:inverted-role-then-name",
    '"The road is mined," said local police commander Ibrahim Sawadogo.',
    "The road is",
    "Ibrahim Sawadogo",
)
P(
    "s32d:told-afp-by-phone-anon",
    '"They came at dawn and burned everything," a resident told AFP by phone, asking not to be named for safety reasons.',
    "They came at dawn",
    None,
)
P(
    "s32d:second-quote-continues",
    '"We buried eleven people this morning," said Abdoulaye Diallo, the mayor of Djibo. "Most of them were children."',
    "Most of them",
    "Abdoulaye Diallo",
)
P(
    "s32d:quote-then-added-pronoun",
    'Abdoulaye Diallo, the mayor of Djibo, said the town had been cut off for months. "We have no food left," he added.',
    "We have no food",
    "Abdoulaye Diallo",
)
P(
    "s32d:statement-from-office-of-president",
    '"The perpetrators will be hunted down," a statement from the office of President Ismail Guelleh said.',
    "The perpetrators",
    "Ismail Guelleh",
)
P(
    "s32d:the-groups-statement-said",
    '"Our fighters destroyed two tanks," the Kachin Independence Army\'s statement said.',
    "Our fighters",
    "Kachin Independence Army",
)
P(
    "s32d:the-army-in-a-statement-after-name",
    '"Twelve terrorists were neutralised," Burkina Faso\'s army said in a statement on Monday.',
    "Twelve terrorists",
    "Burkina Faso",
)
P(
    "s32d:a-military-source-said",
    '"The base was hit by four drones," a military source said, without giving a toll.',
    "The base was",
    None,
)
P(
    "s32d:witnesses-told-reuters",
    '"The shooting lasted two hours," two witnesses told Reuters.',
    "The shooting lasted",
    None,
)
P(
    "s32d:unnamed-spokesman-of-named-body",
    '"We did not fire first," a spokesman for the Sudan People\'s Liberation Movement-North said.',
    "We did not fire",
    "Sudan People's Liberation Movement-North",
)
P(
    "s32d:quote-split-by-attribution",
    '"We are not leaving," said Mariam Coulibaly, a teacher, "because this is our home."',
    "because this",
    "Mariam Coulibaly",
)
P(
    "s32d:tweeted-after",
    '"Another night of terror in Kharkiv," Mayor Ihor Bondarenko wrote on Telegram.',
    "Another night",
    "Ihor Bondarenko",
)
P(
    "s32d:insisted-after",
    '"Our soldiers respect the law," insisted army spokesman Colonel Moussa Traore.',
    "Our soldiers respect",
    "Moussa Traore",
)
P(
    "s32d:according-to-after",
    '"Some 300 families have fled," according to the International Organization for Migration.',
    "Some 300",
    "International Organization for Migration",
)
P(
    "s32d:said-X-who-asked-for-first-name",
    '"They shot my brother in front of me," said Ahmed, who gave only his first name for fear of reprisals.',
    "They shot my brother",
    "Ahmed",
)
P(
    "s32d:the-latter-said",
    'Ali Musa and Omar Bakri were both at the checkpoint. "We were searched for an hour," the latter said.',
    "We were searched",
    "Omar Bakri",
)
P(
    "s32d:the-former-said-after",
    'Ali Musa and Omar Bakri were both at the checkpoint. "We were searched for an hour," the former told Reuters.',
    "We were searched",
    "Ali Musa",
)
P(
    "s32d:the-latter-one-person-nobody",
    'Ali Musa met the governor. "We were searched for an hour," the latter told Reuters.',
    "We were searched",
    None,
)
P(
    "s32d:the-latter-said-colon-before",
    'Ali Musa and Omar Bakri were both at the checkpoint. The latter said: "We were searched for an hour."',
    "We were searched",
    "Omar Bakri",
)
P(
    "s32d:statement-from-office-of-pm-before",
    'A statement from the office of Prime Minister Ali Warsame said the attack was "cowardly".',
    "cowardly",
    "Ali Warsame",
)
P(
    "s32d:the-two-said-colon-before",
    'Ahmed Ali and Musa Bello were released on Friday. The two said: "We were treated well."',
    "We were treated",
    "Ahmed Ali",
)
P(
    "s32d:both-men-told-partial",
    'Ahmed Ali and Musa Bello were released on Friday. Both men told AFP that they had been "treated well".',
    "treated well",
    "Ahmed Ali",
)
P(
    "s32d:the-two-after-one-person-nobody",
    'Ahmed Ali was released on Friday. The two said: "We were treated well."',
    "We were treated",
    None,
)
P(
    "s32d:X-of-Y-told",
    '"The water is contaminated," Hana Salem of the Palestinian Red Crescent told Al Jazeera.',
    "The water is",
    "Hana Salem",
)
P(
    "s32d:quote-paragraph-after-attributed-para-other-named",
    'Hana Salem of the Palestinian Red Crescent said the water was contaminated. Israel\'s army denied blocking supplies.\n\n"Children are getting sick every day," Salem said.',
    "Children are getting",
    "Salem#2",
)
P(
    "s32d:the-two-said-joint",
    'Aid workers Sara Lind and Tomas Berg were released on Friday. "We were treated well," the two said.',
    "We were treated",
    "Sara Lind",
)

# fifth batch: more ways a wire introduces a quote before it
P(
    "s32e:as-X-put-it",
    'As Mohamed Abdi, a trader in Beledweyne, put it: "The river takes everything every year."',
    "The river",
    "Mohamed Abdi",
)
P(
    "s32e:in-the-words-of",
    'In the words of Leila Nasser, a nurse in Rafah, "there is no safe place left".',
    "there is no safe",
    "Leila Nasser",
)
P(
    "s32e:quoted-by-agency-as-saying",
    'Iran\'s foreign minister, Karim Jafari, was quoted by the IRNA news agency as saying: "The response will be decisive."',
    "The response",
    "Karim Jafari",
)
P(
    "s32e:outlet-quoted-X-as-saying",
    'Reuters quoted Colonel Aliyu Danjuma as saying the troops had "cleared the forest of bandits".',
    "cleared the",
    "Aliyu Danjuma",
)
P(
    "s32e:said-in-televised-speech",
    'Interim President Assimi Traore said in a televised address on Sunday: "No part of Mali will be abandoned."',
    "No part of",
    "Assimi Traore",
)
P(
    "s32e:speaking-at-news-conference",
    'Speaking at a news conference in Nairobi, Health Minister Susan Wafula said: "The outbreak is under control."',
    "The outbreak is",
    "Susan Wafula",
)
P(
    "s32e:X-comma-speaking-at-comma-said",
    'Abdirahman Omar, speaking at a news conference in Mogadishu, said: "Al-Shabaab has lost the town."',
    "Al-Shabaab has lost",
    "Abdirahman Omar",
)
P(
    "s32e:told-a-rally",
    'Opposition leader Bobi Kato told a rally in Kampala that the police had "declared war on the people".',
    "declared war",
    "Bobi Kato",
)
P(
    "s32e:warned-in-a-speech",
    'Hezbollah leader Naim Qassem warned in a speech that Israel would pay "a heavy price".',
    "a heavy price",
    "Naim Qassem",
)
P(
    "s32e:quoted-by-state-agency-comma",
    'Defence Minister Ali Gholami, quoted by the state news agency, said the drills were "a message to our enemies".',
    "a message to",
    "Ali Gholami",
)
P(
    "s32e:in-a-video-posted-X-said",
    'In a video posted on social media, JNIM commander Amadou Diallo said: "We will strike Bamako."',
    "We will strike",
    "Amadou Diallo",
)
P(
    "s32e:message-was-clear-colon",
    'Musa Yerima\'s message to the government was clear: "Pay the ransom or we will kill them."',
    "Pay the ransom",
    "Musa Yerima",
)
P(
    "s32e:X-s-words-colon",
    'The words of the village head, Garba Sani, summed up the mood: "We are alone here."',
    "We are alone",
    "Garba Sani",
)
P(
    "s32e:X-said-of-the-attack",
    'Of the attack on the camp, UNHCR said: "Refugees are being killed in the place meant to protect them."',
    "Refugees are",
    "UNHCR",
)
P(
    "s32e:for-X-colon",
    'For Abebe Tesfaye, a farmer near Gondar, the choice is simple: "We flee or we die."',
    "We flee",
    "Abebe Tesfaye",
)
P(
    "s32e:X-who-spoke-on-condition",
    'A senior Western diplomat, who spoke on condition of anonymity, said: "Nobody expects the truce to hold."',
    "Nobody expects",
    None,
)
P(
    "s32e:para-intro-then-colon-next-para",
    'The head of the camp committee, Yusuf Adam, keeps a list of the dead.\n\nHe reads from it: "Abdallah, 12. Mariam, 40."',
    "Abdallah, 12",
    "Yusuf Adam",
)
P(
    "s32e:X-says-present-tense-colon",
    'Amina Sheikh says: "Every night we hear the drones."',
    "Every night",
    "Amina Sheikh",
)
P(
    "s32e:X-and-Y-said-in-a-joint-statement-colon-people",
    'Foreign ministers Ahmed Attaf and Nasser Bourita said in a joint statement: "The Sahel needs dialogue."',
    "The Sahel needs",
    "Ahmed Attaf",
)
P(
    "s32e:X-acknowledged",
    'Army spokesman Nuhu Adamu acknowledged that the troops had been "caught off guard".',
    "caught off",
    "Nuhu Adamu",
)

# sixth batch: "it / the group / the army / they" with competing bodies between
P(
    "s32f:it-said-past-object-body",
    "The Arakan Army said it had seized the junta's last base in Paletwa after weeks of fighting with Myanmar's military. \"The whole township is now free,\" it said.",
    "The whole township",
    "Arakan Army",
)
P(
    "s32f:the-group-past-state-object",
    'Al-Shabaab said its fighters had overrun an African Union base near Baidoa, a claim Somalia\'s government denied. "We captured weapons and vehicles," the group said.',
    "We captured",
    "Al-Shabaab",
)
P(
    "s32f:the-army-past-group-subject",
    'Nigeria\'s army said it had killed 30 fighters of Boko Haram in Sambisa. Boko Haram did not comment. "The terrorists fled in disarray," the army said.',
    "The terrorists fled",
    "Nigeria",
)
P(
    "s32f:it-said-body-in-prev-sentence-subject",
    'Boko Haram attacked Gwoza on Sunday night. The Nigerian Army repelled the assault, killing 12 militants. "Our troops recovered rifles," it said.',
    "Our troops",
    "Nigerian Army",
)
P(
    "s32f:the-ministry-past-ministry-of-other-state",
    "Russia's defence ministry said its forces had taken Toretsk. Ukraine's general staff said fighting continued in the town. \"Units of the Southern group liberated the settlement,\" the ministry said.",
    "Units of the",
    "Russia",
)
P(
    "s32f:they-said-plural-group-past-state",
    'The Taliban said they had closed the Torkham crossing after Pakistan\'s army fired on their posts. "We will not accept aggression," they said.',
    "We will not",
    "Taliban",
)
P(
    "s32f:the-rebels-said-past-army",
    'The Ansar Allah movement said it had fired drones at Eilat, and Israel\'s army said it intercepted them. "Our operations will continue," the rebels said.',
    "Our operations",
    "Ansar Allah",
)
P(
    "s32f:the-agency-past-outlet",
    'The UN refugee agency said 200,000 people had fled to Chad, the BBC reported. "Families are arriving with nothing," the agency said.',
    "Families are",
    "UN",
)
P(
    "s32f:the-agency-not-the-un-itself",
    'The UN said 200,000 people had fled to Chad. "Families are arriving with nothing," the agency said.',
    "Families are",
    None,
)
P(
    "s32f:the-police-said-named-police",
    'The Kenya Police Service said two officers were killed in Lamu. Al-Shabaab claimed the attack. "The officers were ambushed on patrol," police said.',
    "The officers were",
    "Kenya Police Service",
)
P(
    "s32f:police-said-colon-named-police",
    'The Kenya Police Service said two officers were killed in Lamu. Al-Shabaab claimed the attack. Police said: "The officers were ambushed on patrol."',
    "The officers were",
    "Kenya Police Service",
)
P(
    "s32f:police-said-no-police-named",
    'Gunmen killed two officers in Lamu, Kenya\'s government said. "The officers were ambushed on patrol," police said.',
    "The officers were",
    None,
)
P(
    "s32f:the-mission-said-after-another-un",
    'UNMISS said its peacekeepers had been fired on near Malakal. The UN Security Council condemned the attack. "Two peacekeepers were wounded," the mission said.',
    "Two peacekeepers",
    "UNMISS",
)
P(
    "s32f:the-council-past-mission",
    'The UN Security Council met on Friday. UNMISS said its base had been shelled. "All parties must respect the ceasefire," the council said.',
    "All parties",
    "UN Security Council",
)
P(
    "s32f:the-court-past-council",
    'The International Criminal Court opened the trial. The UN Human Rights Council urged cooperation. "The accused is presumed innocent," the court said.',
    "The accused is",
    "International Criminal Court",
)
P(
    "s32f:it-said-after-person-of-body",
    'Human Rights Watch said the killings amounted to war crimes. Its Africa director, Mausi Segun, called for an inquiry. "The evidence is overwhelming," it said.',
    "The evidence is",
    "Human Rights Watch",
)
P(
    "s32f:the-organisation-past-person",
    'Amnesty International said it had documented 14 executions in Tigray. Researcher Fisseha Tekle led the investigation. "Many victims were shot in the back," the organisation said.',
    "Many victims",
    "Amnesty International",
)

# seventh batch: speech verbs of translated and regional wires (EFE, AFP, local press)
P(
    "s32g:lamented-that",
    'Bishop Ramon Castillo lamented that the violence had left "entire villages without a single young man".',
    "entire villages",
    "Ramon Castillo",
)
P(
    "s32g:deplored-colon",
    'Human rights defender Lucia Mendez deplored the killings: "Nobody is investigating."',
    "Nobody is",
    "Lucia Mendez",
)
P(
    "s32g:denounced-that",
    'The Mapuche community of Temucuicui denounced that police had fired "indiscriminately at children".',
    "indiscriminately",
    "Temucuicui",
)
P(
    "s32g:assured-that-after",
    '"The army will stay as long as necessary," assured General Hector Rojas.',
    "The army will stay",
    "Hector Rojas",
)
P(
    "s32g:stressed-colon",
    'Defence Minister Ana Torres stressed: "There will be no impunity."',
    "There will be no",
    "Ana Torres",
)
P(
    "s32g:pointed-out-that",
    'Analyst Jorge Restrepo pointed out that the group was "recruiting minors in every municipality".',
    "recruiting minors",
    "Jorge Restrepo",
)
P(
    "s32g:recounted-colon",
    'Maria Quispe, 58, recounted: "They came at night and took my husband."',
    "They came at night",
    "Maria Quispe",
)
P(
    "s32g:estimated-afp",
    '"At least half of the city has fled," estimated Moussa Kone, a local official, speaking to AFP.',
    "At least half",
    "Moussa Kone",
)
P(
    "s32g:judged-afp",
    'Sahel researcher Ibrahim Yahaya judged the strategy "a dead end".',
    "a dead end",
    "Ibrahim Yahaya",
)
P(
    "s32g:complained-after",
    '"We have been forgotten by everyone," complained Rosa Huaman, a farmer in Putis.',
    "We have been forgotten",
    "Rosa Huaman",
)
P(
    "s32g:testified-colon",
    'At the trial in Guatemala City, survivor Juana Tzoc testified: "The soldiers burned our houses."',
    "The soldiers burned",
    "Juana Tzoc",
)
P(
    "s32g:alleged-that",
    'The opposition party alleged that security forces had "executed detainees in cold blood", without naming them.',
    "executed detainees",
    None,
)
P(
    "s32g:maintained-that-named",
    'Prosecutor Elena Vargas maintained that the accused had "acted with total premeditation".',
    "acted with total",
    "Elena Vargas",
)
P(
    "s32g:underlined-after-name-role",
    '"Dialogue is the only way out," underlined Father Alberto Franco, of the Inter-Church Justice and Peace Commission.',
    "Dialogue is",
    "Alberto Franco",
)
P(
    "s32g:she-explained",
    'Carmen Lopez has searched for her son since 2019. "Every bone they find could be his," she explained.',
    "Every bone",
    "Carmen Lopez",
)
P(
    "s32g:the-prelate-said",
    'Archbishop Oscar Mendoza condemned the massacre on Sunday. "Enough blood has been spilled," the prelate said.',
    "Enough blood",
    "Oscar Mendoza",
)
P(
    "s32g:the-magistrate-said",
    'Judge Patricia Salas ordered the arrest of three officers. "The evidence is conclusive," the magistrate said.',
    "The evidence is",
    "Patricia Salas",
)
P(
    "s32g:the-legislator-said",
    'Congresswoman Ruth Luque demanded answers from the interior ministry. "Who gave the order to shoot?" the legislator asked.',
    "Who gave the order",
    "Ruth Luque",
)

# eighth batch: people addressed, headlines, paragraphs of two people
P(
    "s32h:told-person-colon",
    'Ahmed Karimi told his neighbour, Musa Bello: "Take the children and run."',
    "Take the children",
    "Ahmed Karimi",
)
P(
    "s32h:asked-person-colon",
    'Journalist Sara Haddad asked the commander, Omar Sayed: "Who gave the order?"',
    "Who gave the order",
    "Sara Haddad",
)
P(
    "s32h:headline-says-X",
    '"We will not surrender", says Tigray commander Tsadkan Gebre\n\nTigrayan forces vowed on Monday to keep fighting.',
    "We will not surrender",
    "Tsadkan Gebre",
)
P(
    "s32h:headline-colon-X",
    'Goma: "The city is ours", M23 says\n\nThe rebels said they had taken the airport.',
    "The city is ours",
    "M23",
)
P(
    "s32h:second-person-is-subject-paragraph",
    'Abdi Hassan drove the ambulance. His colleague, Farah Ali, treated the wounded.\n\n"There were too many of them," Farah Ali said.',
    "There were too many",
    "Farah Ali#2",
)
P(
    "s32h:replied-after-asked",
    'Asked by reporters whether the army would retreat, spokesman Ibrahim Sissoko replied that it would "never abandon Menaka".',
    "never abandon",
    "Ibrahim Sissoko",
)
P(
    "s32h:quote-after-person-named-mid-sentence-object",
    'Villagers blamed soldiers for the killing of Amadou Barry, a herder. His brother, Souleymane Barry, said: "They shot him in front of his cattle."',
    "They shot him",
    "Souleymane Barry",
)
P(
    "s32h:X-was-quoted-as-saying-by-outlet",
    'Abdullah Saleh was quoted by Al Arabiya as saying the Houthis had "lost the battle".',
    "lost the battle",
    "Abdullah Saleh",
)
P(
    "s32h:according-to-X-who",
    'According to Halima Said, who runs a clinic in Bosaso, "the cholera came with the rains".',
    "the cholera",
    "Halima Said",
)
P(
    "s32h:said-that-partial-then-add",
    'The governor, Babagana Umar, said that the town was "calm but tense" and that troops had been "reinforced".',
    "reinforced",
    "Babagana Umar",
)

# ninth batch: he/she with gender from titles, roles and earlier pronouns
P(
    "s32i:she-past-mr",
    'Ms Adaeze Obi runs the shelter in Makurdi. Mr Terver Iorhemba, the camp chairman, met the governor on Monday. "We need blankets before the rains," she said.',
    "We need blankets",
    "Adaeze Obi",
)
P(
    "s32i:he-past-madam",
    'Mr Kwame Asante said the market had burned twice. Madam Akosua Boateng sells yams there. "Nobody helped us," he said.',
    "Nobody helped",
    "Kwame Asante",
)
P(
    "s32i:she-sister-nun",
    'Sister Maria Goretti has run the clinic in Mweso for 20 years. Commander Didier Bitwayiki said his men protect it. "We treat everyone who comes," she said.',
    "We treat everyone",
    "Maria Goretti",
)
P(
    "s32i:she-spokeswoman-title",
    'Police spokeswoman Charity Charo said the suspects were arrested. Lawyer Danstan Omari called the arrests illegal. "They were caught with the weapons," she said.',
    "They were caught",
    "Charity Charo",
)
P(
    "s32i:he-imam",
    'Imam Abdullahi Abubakar hid 262 Christians in his mosque. Pastor Grace Ayuba thanked him. "They are my brothers," he said.',
    "They are my brothers",
    "Abdullahi Abubakar",
)
P(
    "s32i:she-earlier-pronoun-her",
    'Hawa Diallo lost her husband in the attack. Officer Amadou Kone took her statement. "I want justice," she said.',
    "I want justice",
    "Hawa Diallo",
)
P(
    "s32i:he-mother-of-named-son",
    'Rahma Yusuf said her son, Abdi Yusuf, had been taken by the militia. "He was coming home from school," she said.',
    "He was coming",
    "Rahma Yusuf",
)

# an outlet reporting someone's words: the one its clause names
P(
    "s32j:outlet-reported-that-described-unnamed",
    'Al Jazeera reported that the governor called the attack "cowardly".',
    "cowardly",
    None,
)
P(
    "s32j:outlet-reported-that-role-named-before",
    'Governor Umar Bago visited Mokwa on Sunday. Al Jazeera reported that the governor called the attack "cowardly".',
    "cowardly",
    "Umar Bago",
)
P(
    "s32j:outlet-reported-that-body-said",
    'Al Jazeera reported that Hamas said the proposal was "a step forward".',
    "a step forward",
    "Hamas",
)
P(
    "s32j:outlet-reported-fact-own-words",
    'Reuters reported that the strike had killed "dozens of civilians" in Sumy.',
    "dozens of",
    "Reuters",
)

# tenth batch: feature-style introductions before a quote
P(
    "s32k:intro-para-then-colon-says",
    'In a tent on the edge of Zamzam, Khadija Adam, 41, cradles her youngest son. She says: "We ate leaves for a week."',
    "We ate leaves",
    "Khadija Adam",
)
P(
    "s32k:intro-then-bare-quote-next-para-second-person",
    'Khadija Adam, 41, fled El Fasher in May. Her neighbour, Zeinab Ishaq, left a week later.\n\n"They shelled the market while we were buying bread," Zeinab Ishaq says.',
    "They shelled",
    "Zeinab Ishaq#2",
)
P(
    "s32k:description-colon-person-named-earlier",
    'Abdelrahman Musa has buried four relatives since April. His verdict on the ceasefire is blunt: "It exists only in Jeddah."',
    "It exists",
    "Abdelrahman Musa",
)
P(
    "s32k:it-is-a-view-shared-by",
    'It is a view shared by Colonel Issa Maiga, who commands the garrison at Menaka: "Without helicopters, we are blind."',
    "Without helicopters",
    "Issa Maiga",
)
P(
    "s32k:the-message-from-body-was",
    'The message from the Kenya Defence Forces was unequivocal: "Al-Shabaab will not hold a single village."',
    "Al-Shabaab will not",
    "Kenya Defence Forces",
)
P(
    "s32k:wrote-in-a-letter",
    'In a letter to the UN Security Council, Sudan\'s ambassador, Omar Siddig, wrote: "The RSF is committing genocide."',
    "The RSF is",
    "Omar Siddig",
)
P(
    "s32k:remembers-colon",
    'Fatuma Ali remembers the night the militia came: "They knocked on every door."',
    "They knocked",
    "Fatuma Ali",
)
P(
    "s32k:her-answer-was",
    'Asked what she needed most, Grace Akello did not hesitate: "Seeds. Give us seeds."',
    "Seeds.",
    "Grace Akello",
)
P(
    "s32k:for-the-body-colon",
    'For the International Committee of the Red Cross, the conclusion is clear: "The rules of war are being ignored."',
    "The rules of war",
    "International Committee of the Red Cross",
)
P(
    "s32k:put-simply",
    'Local elder Hassan Dahir put it simply: "No rain, no life."',
    "No rain",
    "Hassan Dahir",
)

# "they" after a sentence about a plural body that ends on a singular source
P(
    "s32l:they-said-plural-subject-over-singular-source",
    'The Houthis fired a missile at Eilat overnight, Israel\'s army said. "The operation was a success," they said.',
    "The operation was",
    "Houthis",
)
P(
    "s32l:it-said-singular-source-kept",
    'The Houthis fired a missile at Eilat overnight, Israel\'s army said. "We intercepted it," it said.',
    "We intercepted",
    "Israel",
)
P(
    "s32l:they-said-plural-source-kept",
    'The Houthis fired a missile at Eilat overnight, the Israel Defense Forces said. "We intercepted it," they said.',
    "We intercepted",
    "Israel Defense Forces",
)

# ---- session 33: "the <description> said" for someone introduced by a narrower title or role
# Grammar: after a quote, "the <noun> said/told/added" names a person introduced before
# with that role, or with a role the noun covers (officer: any military or police rank;
# magistrate/judge/justice; cleric: imam, priest, sheikh; diplomat: ambassador, envoy;
# lawmaker: senator). Near misses: a holder of an unrelated role (a mayor is no officer),
# the byline's writer, an unnamed "an officer said".
P(
    "s33a:officer-general",
    'The operation was led by Brigadier General Tomas Reyes of the 8th Infantry Division. "We recovered five rifles," the officer said.',
    "We recovered",
    "Tomas Reyes",
)
P(
    "s33a:officer-colonel-past-mayor",
    'Lieutenant Colonel Jean Kabila spoke to reporters in Goma. He was joined by the mayor, Paul Mbeki. "The town is calm," the officer said.',
    "The town is calm",
    "Jean Kabila",
)
P(
    "s33a:officer-superintendent-appositive",
    'The head of the district police, Superintendent John Mwangi, visited the scene. "We will find them," the officer told reporters.',
    "We will find",
    "John Mwangi",
)
P(
    "s33a:officer-capt-abbrev",
    'Capt. Imran Qureshi of the Frontier Corps said the road was reopened at noon. "Nobody was hurt," the officer added.',
    "Nobody was hurt",
    "Imran Qureshi",
)
P(
    "s33a:officer-not-mayor",
    'Mayor Paul Mbeki spoke to reporters in Goma. "The town is calm," the officer said.',
    "The town is calm",
    None,
)
P(
    "s33a:officer-unnamed-since",
    'General Tomas Reyes flew to the base on Monday. A police officer who asked not to be named said the roads were closed. "Nobody can pass," the officer said.',
    "Nobody can pass",
    None,
)
P(
    "s33a:magistrate-judge",
    'Judge Maria Okoth adjourned the hearing until March. "This court will hear every family," the magistrate said.',
    "This court will",
    "Maria Okoth",
)
P(
    "s33a:magistrate-presiding-paragraph-before",
    'Presiding magistrate Maria Okoth opened the session by reading the names of the dead. Then she turned to the accused.\n\n"You are here because the victims want the truth," the magistrate said.',
    "You are here",
    "Maria Okoth",
)
P(
    "s33a:judge-justice",
    'Justice Peter Ochieng read the ruling in Nairobi. "The state failed these families," the judge said.',
    "The state failed",
    "Peter Ochieng",
)
P(
    "s33a:cleric-sheikh",
    'Sheikh Abdi Nur led prayers for the dead at the mosque in Merca. "They were innocent," the cleric said.',
    "They were innocent",
    "Abdi Nur",
)
P(
    "s33a:cleric-imam-appositive",
    'Abdullahi Musa, the imam of the central mosque, buried the victims before sunset. "We have buried nine today," the cleric said.',
    "We have buried",
    "Abdullahi Musa",
)
P(
    "s33a:diplomat-ambassador",
    'Ambassador Lena Berg met the families in Kharkiv. "We stand with you," the diplomat said.',
    "We stand with",
    "Lena Berg",
)
P(
    "s33a:lawmaker-senator",
    'Senator Ana Ruiz visited the camp on Friday. "This is a disgrace," the lawmaker said.',
    "This is a disgrace",
    "Ana Ruiz",
)
P(
    "s33a:lawmaker-not-general",
    'General Tomas Reyes visited the camp on Friday. "This is a disgrace," the lawmaker said.',
    "This is a disgrace",
    None,
)
P(
    "s33a:magistrate-not-byline",
    'Court hears former soldiers\n\nBy Diana Perez\n\nYOPAL, Colombia - The hearing opened on Monday in a sports hall.\n\n"You are here because the victims want the truth," the magistrate said.',
    "You are here",
    None,
)
P(
    "s33a:spokesperson-long-body-she",
    'Briefing journalists in Geneva, spokesperson for the Office of the UN High Commissioner for Human Rights (OHCHR), Marta Lind, said six children were among the dead.\n\nThe spokesperson did not name the foreign personnel. She replied: "We are still verifying the information."',
    "We are still",
    "Marta Lind",
)
P(
    "s33a:spokesman-long-body-he",
    'A spokesman for the Armed Forces of the Democratic Republic of the Congo (FARDC), Sylvain Ekenge, said the town was retaken.\n\nThe spokesman gave no toll. "The enemy fled," he said.',
    "The enemy fled",
    "Sylvain Ekenge",
)


# ---- session 33: an opening phrase naming actors, then a described subject, then the quote
# Grammar: "<Asked about / Pressed on / Responding to / After / In ... X>, the <role>
# said/replied/told <outlet>: "..."": X is what the phrase is about; the described person
# after its comma speaks, resolved as "the <role> said" is. Near misses: a name after the
# comma ("..., Salah said:") is the subject itself; an unnamed "a police officer" after
# the comma is nobody named.
P(
    "s33b:asked-whether-the-colonel",
    'Colonel Ahmed Salah briefed reporters in Kabul. Asked whether the Taliban had withdrawn, the colonel said: "They have not."',
    "They have not",
    "Ahmed Salah",
)
P(
    "s33b:asked-about-the-officer-replied",
    'Colonel Ahmed Salah briefed reporters in Kabul. Asked about the Taliban, the officer replied: "They have not."',
    "They have not",
    "Ahmed Salah",
)
P(
    "s33b:senior-officer-told-reporters",
    'Colonel Ahmed Salah briefed reporters in Kabul. Asked about the Taliban, the senior officer told reporters: "They have not."',
    "They have not",
    "Ahmed Salah",
)
P(
    "s33b:after-attack-the-governor",
    'Governor Amina Yusuf met the families in Maiduguri. After the Boko Haram attack on Monday, the governor told reporters: "We will rebuild every house."',
    "We will rebuild",
    "Amina Yusuf",
)
P(
    "s33b:responding-to-state-the-minister",
    'Defence Minister Olena Kravets visited Kharkiv on Tuesday. Responding to Russia\'s claims, the minister said: "Not one of those buildings was a target."',
    "Not one of",
    "Olena Kravets",
)
P(
    "s33b:in-a-letter-to-un-the-envoy",
    'Sudan\'s envoy, Hamid Osman, wrote to the Security Council. In a letter to the UN on Friday, the envoy said: "The RSF must be named for what it is."',
    "The RSF must",
    "Hamid Osman",
)
P(
    "s33b:speaking-of-group-the-commander",
    'The commander of the 4th Brigade, Colonel Juan Arias, toured the valley. Speaking of the ELN, the commander said: "They will not return here."',
    "They will not",
    "Juan Arias",
)
P(
    "s33b:name-after-comma-is-subject",
    'Colonel Ahmed Salah briefed reporters in Kabul. Asked about the Taliban, Salah replied: "They have not."',
    "They have not",
    "Salah#2",
)
P(
    "s33b:unnamed-after-comma-is-nobody",
    'Colonel Ahmed Salah briefed reporters in Kabul. Asked about the Taliban, a police officer said: "They have not."',
    "They have not",
    None,
)
P(
    "s33b:pronoun-after-comma",
    'Colonel Ahmed Salah briefed reporters in Kabul. Asked whether the Taliban had withdrawn, he said: "They have not."',
    "They have not",
    "Ahmed Salah",
)
P(
    "s33b:the-mayor-not-the-colonel",
    'Colonel Ahmed Salah and Mayor Rahim Dost briefed reporters in Kabul. Asked about the Taliban, the mayor said: "They have not come back."',
    "They have not",
    "Rahim Dost",
)
P(
    "s33b:description-with-no-holder-is-nobody",
    'The Taliban took the district on Monday. Asked about the Taliban, the farmer said: "They took everything."',
    "They took",
    None,
)


# ---- session 33: a partial quote inside a sentence whose closing clause attributes it
# Grammar: "<clause with "partial"> ..., <named subject> said/reported/told <outlet>
# [adjunct][, adding ... | while ...]." or "..., according to <named source>." links the
# named subject (the mention right before the verb: an acronym after its name, a name
# after its titles). Near misses: a speech verb before the quote in the sentence (that
# speaker's), "..., which the RSF denied" (a relative clause), an unnamed "organisers
# said" or "the army said" (left to the other rules), another quote in the sentence.
P(
    "s33d:reported-acronym",
    'Four soldiers died in clashes with "irregular groups" in the border state of Apure, the Bolivarian National Armed Forces (FANB) reported on Sunday, while 1,500 people fled.',
    "irregular groups",
    "FANB",
)
P(
    "s33d:said-in-a-statement",
    'Two children were among the "martyrs" of the strike on Singa, the Sudan Doctors Network said in a statement.',
    "martyrs",
    "Sudan Doctors Network",
)
P(
    "s33d:according-to",
    'Clashes with "irregular groups" left four dead in Apure, according to the Bolivarian National Armed Forces (FANB).',
    "irregular groups",
    "FANB",
)
P(
    "s33d:told-outlet-person-with-titles",
    'The gunmen had been "watching the camp for days", Garissa County Police Commander John Otieno told the Nation.',
    "watching the camp",
    "John Otieno",
)
P(
    "s33d:state-ministry-said-adding",
    'The strike destroyed a "purely civilian" market in Kostiantynivka, Ukraine\'s foreign ministry said, adding that 12 people were wounded.',
    "purely civilian",
    "Ukraine",
)
P(
    "s33d:said-on-x",
    'Drones struck an "empty warehouse" near Kursk overnight, Russia\'s defence ministry said on Telegram.',
    "empty warehouse",
    "Russia",
)
P(
    "s33d:reported-person-said",
    'Troops were sent to the area after a "full-scale assault" on the barracks, Colonel Idrissa Sow said.',
    "full-scale assault",
    "Idrissa Sow",
)
P(
    "s33d:group-claimed",
    'The attack was revenge for the "crimes of the apostates", al-Shabaab claimed in a statement carried by its radio station.',
    "crimes of the apostates",
    "al-Shabaab",
)
P(
    "s33d:speech-before-not-final",
    'Police said the attackers were "well trained" and had come from across the border, Garissa County Commissioner John Otieno told reporters.',
    "well trained",
    None,
)
P(
    "s33d:relative-clause-not-final",
    'Residents described the attack as "a massacre", which the RSF denied.',
    "a massacre",
    None,
)
P(
    "s33d:unnamed-organisers",
    'The "peace caravan" reached Goma on Monday, organisers said.',
    "peace caravan",
    None,
)
P(
    "s33d:residents-called-unnamed",
    'The convoy was hit by what residents called "a rain of fire" near Kramatorsk, Ukraine\'s emergency service said.',
    "a rain of fire",
    None,
)
P(
    "s33d:quote-opening-sentence-left-to-after-rules",
    '"We were ambushed," one soldier wrote on Facebook, the army said.',
    "We were ambushed",
    None,
)


# ---- session 33: "the statement said" after "<Body>, in a statement ..., <verb>"
# Grammar: a body that opens a sentence with its statement set off by commas ("<Body>, in a
# statement posted online / on Telegram, gave / rejected / disputed ...") issued it; when a
# later sentence names its spokesperson saying it ("Its spokesperson, X, said",
# "Its spokesman, who uses the nom de guerre X, said"), the statement's words are his
# (guideline: whoever the article says issued or said the statement). Near misses: a
# spokesperson of another body; an opening that names no body ("The army, in a
# statement, ..."); the statement set off after a person.
P(
    "s33c:body-set-off-then-its-spokesperson",
    'The New People\'s Army, in a statement posted online, gave a different account. Its spokesperson, Ramon Lagman, said the soldiers had fired first. "The so-called encounter is a lie," the statement said.',
    "The so-called",
    "Ramon Lagman",
)
P(
    "s33c:nom-de-guerre",
    'The New People\'s Army, in a statement posted online, gave a different account. Its spokesperson, who uses the nom de guerre Ramon Lagman, said the soldiers had fired first. "The so-called encounter is a lie," the statement said.',
    "The so-called",
    "Ramon Lagman",
)
P(
    "s33c:telegram-its-spokesman-added",
    'Hamas, in a statement on Telegram, rejected the claim. Its spokesman, Hazem Qassem, said the fighters had withdrawn. "The occupation lies," the statement added.',
    "The occupation lies",
    "Hazem Qassem",
)
P(
    "s33c:their-spokesperson",
    'The Houthis, in a statement carried by Al-Masirah, claimed the strike. Their spokesman, Yahya Saree, said two missiles were fired. "We will continue," the statement said.',
    "We will continue",
    "Yahya Saree",
)
P(
    "s33c:body-set-off-no-spokesperson",
    'The New People\'s Army, in a statement posted online, gave a different account of the clash near Catubig. "The so-called encounter is a lie," the statement said.',
    "The so-called",
    "New People's Army",
)
P(
    "s33c:body-set-off-statement-read",
    'Al-Shabaab, in a statement on its radio station, claimed the attack. "The apostate soldiers were punished," the statement read.',
    "The apostate",
    "Al-Shabaab",
)
P(
    "s33c:other-bodys-spokesperson-not-its",
    "The New People's Army, in a statement posted online, gave a different account. The army's spokesman, Col. Jose Reyes, rejected it. \"The so-called encounter is a lie,\" the statement said.",
    "The so-called",
    "New People's Army",
)
P(
    "s33c:unnamed-body-nobody",
    'The army, in a statement, denied the claim. The NPA\'s spokesperson, Ramon Lagman, said the soldiers had fired first. "It is a lie," the statement said.',
    "It is a lie",
    None,
)
P(
    "s33c:in-a-statement-opening-kept",
    'In a statement, the New People\'s Army said the soldiers had fired first. "The so-called encounter is a lie," the statement said.',
    "The so-called",
    "New People's Army",
)
P(
    "s33c:issued-kept",
    'The New People\'s Army issued a statement on Monday. "The so-called encounter is a lie," the statement said.',
    "The so-called",
    "New People's Army",
)


# ---- session 33 (ROTSPEAK5): classes of the speaker misses of 268-283, in other styles
# a partial quote inside a sentence that ends on its attribution ("..., according to X.")
P(
    "s33a:according-to-sentence-end",
    'Three militants were "eliminated" in a shootout near the border, according to Pakistan\'s Inter-Services Public Relations (ISPR).',
    "eliminated",
    "ISPR",
)
P(
    "s33a:according-to-sentence-end-person",
    'The convoy was "deliberately targeted" on the road to Kadugli, according to Mariam Adam, a local aid worker.',
    "deliberately targeted",
    "Mariam Adam",
)
P(
    "s33a:according-to-sentence-end-body",
    'Dozens of homes were "razed to the ground" in the raid, according to the Norwegian Refugee Council.',
    "razed to the ground",
    "Norwegian Refugee Council",
)
P(
    "s33a:according-to-sentence-end-statement",
    'The strike hit a "legitimate military target", according to a statement from the Israel Defense Forces.',
    "legitimate military target",
    "Israel Defense Forces",
)
P(
    "s33a:said-sentence-end",
    'The attackers were "neutralised" after a two-hour gunfight, the Russian Interior Ministry said.',
    "neutralised",
    "Russian Interior Ministry",
)
P(
    "s33a:said-X-sentence-end",
    'The village was "completely destroyed" in the fighting, said Ahmed Yusuf, a farmer from Bama.',
    "completely destroyed",
    "Ahmed Yusuf",
)
P(
    "s33a:according-to-not-the-quoted-one",
    'Amnesty International accused the army of "collective punishment" in the region, according to Reuters.',
    "collective punishment",
    "Amnesty International",
)
P(
    "s33a:according-to-later-sentence-no",
    'Residents described the raid as a "massacre". Eleven people died, according to the Red Cross.',
    "massacre",
    None,
)
P(
    "s33a:according-to-acronym-after-two-quotes",
    'Two soldiers were "lightly wounded" and the attackers "fled towards the forest", according to the Armed Forces of the Philippines (AFP).',
    "fled towards",
    "AFP",
)
P(
    "s33a:sentence-end-unnamed-source",
    'Four bodies were "dumped like rubbish" by the road to Mubi, a police source said.',
    "dumped like",
    None,
)
P(
    "s33a:sentence-end-said-resident-anonymous",
    'Two houses were "burnt to ashes" on Sunday, said a resident who asked not to be named.',
    "burnt to ashes",
    None,
)
P(
    "s33a:sentence-end-list-then-said",
    'Troops were "on high alert" in Goma, Bukavu and Uvira, the Congolese army said.',
    "on high alert",
    "Congolese army",
)
P(
    "s33a:sentence-end-quote-ends-sentence-no",
    'The Kenya Defence Forces said the town was "secure." Two soldiers were wounded, according to the Red Cross.',
    "secure",
    "Kenya Defence Forces",
)
# a spokesperson named by a possessive: the body the possessive stands for (point h)
P(
    "s33b:its-spokesman-said-colon",
    'The Kremlin said Vladimir Putin had been briefed. Asked about the attack, its spokesman said only: "The services are doing their work."',
    "The services",
    "Kremlin",
)
P(
    "s33b:its-spokeswoman-said-after",
    'The World Food Programme suspended deliveries to the camp. "We cannot reach the people who need us most," its spokeswoman told reporters in Geneva.',
    "We cannot reach",
    "World Food Programme",
)
P(
    "s33b:the-group-s-spokesman",
    'Al-Shabaab claimed the attack on the base in Lower Shabelle. "Our fighters took the base," the group\'s spokesman said in an audio message.',
    "Our fighters",
    "Al-Shabaab",
)
P(
    "s33b:the-ministry-s-spokesman",
    "Ukraine's Defence Ministry said the drones were shot down over Sumy. \"All targets were destroyed,\" the ministry's spokesman told AFP.",
    "All targets",
    "Defence Ministry",
)
P(
    "s33b:its-spokesman-past-person",
    'Hamas said the talks in Cairo had stalled. Mahmoud Abbas met the envoy on Monday. "We will not accept these terms," its spokesman said.',
    "We will not accept",
    "Hamas",
)
P(
    "s33b:his-spokesman",
    'President William Ruto cut short his visit to Nairobi. "The president is following events closely," his spokesman said.',
    "The president is following",
    "William Ruto",
)
P(
    "s33b:its-spokesman-named",
    'The Sudanese army said it had retaken the bridge. Its spokesman, Nabil Abdallah, said: "The enemy has fled."',
    "The enemy",
    "Nabil Abdallah",
)
# "the statement said" after "X said <when> in a statement" (settled point 8)
P(
    "s33c:said-day-in-a-statement",
    'Security forces killed five militants in North Waziristan, the Inter-Services Public Relations said Tuesday in a statement. "The area is being cleared," the statement said.',
    "The area",
    "Inter-Services Public Relations",
)
P(
    "s33c:said-on-day-in-a-statement",
    'The ministry of health in Gaza said on Sunday in a statement that 40 people had been killed. "Hospitals are overwhelmed," the statement said.',
    "Hospitals are",
    None,
)
P(
    "s33c:acronym-said-day-in-a-statement",
    'The army killed four gunmen near Kidal, the Malian Armed Forces (FAMa) said Thursday in a statement. "Our units remain on alert," the statement added.',
    "Our units",
    "FAMa",
)
P(
    "s33c:in-a-statement-on-day",
    'The Norwegian Refugee Council said in a statement on Friday that aid had been blocked. "Families are sleeping in the open," the statement read.',
    "Families are",
    "Norwegian Refugee Council",
)
P(
    "s33c:issued-a-statement",
    'The Kenya Defence Forces issued a statement late on Monday. "Our troops repulsed the attack," the statement said.',
    "Our troops",
    "Kenya Defence Forces",
)
P(
    "s33c:statement-other-body-between",
    'Frontex said in a statement on Monday that crossings had fallen. The UNHCR disputed the figures. "Departures have not slowed," the statement said.',
    "Departures",
    "Frontex",
)
# "the <noun of its name>" standing for a body named before, as the subject of the quote
P(
    "s33d:the-gendarmerie-saying",
    'Rights groups accused the National Gendarmerie of abuses. The gendarmerie rejected the report, saying its units acted "within the law".',
    "within the law",
    "National Gendarmerie",
)
P(
    "s33d:the-gendarmerie-said-after",
    'The Royal Gendarmerie sent reinforcements to the town. "Order has been restored," the gendarmerie said.',
    "Order has been",
    "Royal Gendarmerie",
)
P(
    "s33d:the-guard-saying",
    'Volunteers of the Civil Defence pulled bodies from the rubble. The Civil Defence denied the claims, saying its teams had "reached every site".',
    "reached every site",
    "Civil Defence",
)
P(
    "s33d:the-prosecutor-saying",
    "The Attorney General's Office opened an inquiry. The prosecutor's office later dismissed the claims, saying the evidence was \"insufficient\".",
    "insufficient",
    None,
)
P(
    "s33d:the-gendarmerie-not-the-army",
    'The Malian army said it had repelled the attack, and the National Gendarmerie sent a unit. The gendarmerie said its men were "on the ground".',
    "on the ground",
    "National Gendarmerie",
)
P(
    "s33d:the-guard-denied-adding",
    'Witnesses blamed the Revolutionary Guard for the shooting. The Guard denied any role, adding that its men had "fired only into the air".',
    "fired only",
    "Revolutionary Guard",
)
P(
    "s33d:the-villagers-fled-no-body",
    'The Village Defence Association asked for help. The villagers fled at dawn, saying the gunmen had "burnt everything".',
    "burnt everything",
    None,
)
# a quote in the standfirst (the line between the headline and the byline)
P(
    "s33e:standfirst-partial-quote",
    "Killings return to Homs\n\nFamilies flee as the authorities vow to catch 'criminal gangs'.\n\nBy Lina Haddad\n\nThe Interior Ministry says its forces have arrested 20 people, among them members of what it calls 'criminal gangs'.",
    "criminal gangs",
    "Interior Ministry",
)
P(
    "s33e:standfirst-quote-said-after",
    "Floods in Borno\n\n'We lost everything', say families in Maiduguri\n\nBy Musa Bello\n\nMAIDUGURI – \"We lost everything,\" said Hauwa Musa, a trader, standing in the water.",
    "We lost everything",
    "Hauwa Musa",
)
P(
    "s33e:standfirst-quote-not-repeated",
    "Drought in Turkana\n\nHerders say the rains have 'abandoned us' as livestock die.\n\nBy Peter Lomoe\n\nLODWAR – Herders in Turkana have lost half their animals, the Kenya Red Cross said.",
    "abandoned us",
    None,
)
# "the government" is no police, army or ministry
P(
    "s33f:the-government-declared-not-police",
    'The National Police said two officers were arrested. The government declared an "internal armed conflict" in January.',
    "internal armed conflict",
    None,
)
P(
    "s33f:the-government-said-state-named",
    'Ecuador\'s government extended the curfew. The National Police said two officers were arrested. "We will not negotiate with terrorists," the government said.',
    "We will not negotiate",
    "Ecuador",
)
P(
    "s33f:the-government-said-not-army",
    'The Malian army said it had repelled the attack. The government called it "an act of terror".',
    "an act of terror",
    None,
)


# ---- session 33: the same classes as another writer would put them (AP, Reuters, AFP, BBC,
# local press), written before running them
P(
    "s33g:sentence-end-said-in-statement",
    'The drone was "intercepted over open ground" near Eilat, the Israel Defense Forces said in a statement.',
    "intercepted over",
    "Israel Defense Forces",
)
P(
    "s33g:sentence-end-told-afp",
    'The gunmen "opened fire on everyone in the market" before fleeing on motorbikes, Abdoulaye Diallo told AFP by telephone.',
    "opened fire",
    "Abdoulaye Diallo",
)
P(
    "s33g:sentence-end-local-media",
    'The attackers "came at dawn" and set fire to the granaries, according to local media.',
    "came at dawn",
    None,
)
P(
    "s33g:sentence-end-officials-said",
    'The bridge was "no longer passable" after the strike, officials said.',
    "no longer passable",
    None,
)
P(
    "s33g:sentence-end-reported",
    'Security forces were "in full control" of the district by nightfall, Pakistan\'s Dawn newspaper reported.',
    "in full control",
    "Dawn",
)
P(
    "s33g:sentence-end-present-says",
    'The camp is "running out of everything", says Leila Haddad, who runs the clinic.',
    "running out",
    "Leila Haddad",
)
P(
    "s33g:sentence-end-ap-police-said",
    'The suspect had been "known to authorities" for years, Minneapolis police said.',
    "known to authorities",
    None,
)
P(
    "s33g:sentence-end-two-sources-first",
    'Fighters "stormed the barracks" at dawn, according to the Sudan Doctors Network and residents.',
    "stormed the barracks",
    "Sudan Doctors Network",
)
P(
    "s33g:sentence-end-after-which-clause-no",
    'The army described the raid as a "surgical operation", which Amnesty International later disputed.',
    "surgical operation",
    None,
)
P(
    "s33g:a-spokesman-for-it-who-declined",
    'The Taliban said they had arrested the gunmen. "They will be punished," a spokesman for the group, who declined to be named, said.',
    "They will be punished",
    "Taliban",
)
P(
    "s33g:their-spokesman",
    'The Houthis claimed the attack on the tanker. "Our navy hit the ship directly," their spokesman said in a televised address.',
    "Our navy",
    "Houthis",
)
P(
    "s33g:her-spokeswoman",
    'Foreign Minister Annalena Baerbock cancelled her trip to Beirut. "The minister is in contact with her counterparts," her spokeswoman said.',
    "The minister is",
    "Annalena Baerbock",
)
P(
    "s33g:its-spokesman-over-a-person-named-since",
    'The World Health Organization warned of cholera in Darfur. Its director, Tedros Adhanom Ghebreyesus, visited the camps. "We need access now," its spokesman said.',
    "We need access",
    "World Health Organization",
)
P(
    "s33g:telegram-post-read",
    'Ukraine\'s air force said on Telegram on Tuesday that 40 drones had been shot down. "Air defence is working in the north," the post said.',
    "Air defence",
    "Ukraine",
)
P(
    "s33g:in-a-statement-on-day-then-statement-added",
    'In a statement on Monday, the Nigerian Army said troops had freed 12 hostages.\n\n"The rescued victims are receiving medical care," the statement added.',
    "The rescued",
    "Nigerian Army",
)
P(
    "s33g:communique-paragraph-after",
    'The Congolese army (FARDC) announced on Sunday in a communiqu\u00e9 that it had retaken Rubaya.\n\n"The enemy fled in disorder," the communiqu\u00e9 said.',
    "The enemy fled",
    "FARDC",
)
P(
    "s33g:statement-paragraph-after-one-sentence-lead",
    'Gunmen killed seven miners in Ituri, the UN mission in Congo, MONUSCO, said in a statement on Saturday.\n\n"The mission condemns this cowardly attack," the statement said.',
    "The mission condemns",
    "MONUSCO",
)
P(
    "s33g:it-said-paragraph-after-one-sentence-lead",
    'Kenya\'s interior ministry said on Friday that two police reservists had been killed in Lamu.\n\n"Operations are ongoing," it said.',
    "Operations are",
    "Kenya",
)
P(
    "s33g:the-prefecture-rejected-saying",
    'The Niger Delta Development Commission was blamed for the delays. The commission rejected the criticism, saying the funds had been "fully disbursed".',
    "fully disbursed",
    "Niger Delta Development Commission",
)
P(
    "s33g:the-directorate-dismissed-saying",
    'Witnesses accused the General Directorate of Migration of pushbacks. The directorate dismissed the accusations, saying its officers had "followed procedure".',
    "followed procedure",
    "General Directorate of Migration",
)
P(
    "s33g:standfirst-bbc-byline-outlet",
    "Sudan war: Families trapped in El Fasher\n\nResidents say the paramilitaries 'shoot anyone who moves'.\n\nBy Amira Osman, BBC News\n\nResidents of El Fasher told the BBC the Rapid Support Forces (RSF) \"shoot anyone who moves\" on the roads out of the city.",
    "shoot anyone who moves",
    None,
)
P(
    "s33g:standfirst-no-byline-no",
    "Floods in Sindh\n\nThe army says relief is 'reaching every village'.\n\nKARACHI – Pakistan's army said on Monday that relief was \"reaching every village\", a claim residents disputed.",
    "reaching every village",
    "Pakistan",
)
P(
    "s33g:the-government-capital",
    'Moscow denied the report. The Russian Defence Ministry said two drones were downed. "These are provocations," the government said.',
    "These are provocations",
    "Moscow",
)
P(
    "s33g:the-government-named-government",
    'The Sudanese government in Port Sudan accused the RSF of the attack. The Sudanese Armed Forces said they had repelled it. The government called the attack "a war crime".',
    "a war crime",
    "Sudanese government",
)

P(
    "s33g:said-body-known-in-arabic-after",
    'Fighting spread to El Obeid. "We control the city," said the Rapid Support Forces, known in Arabic as Al-Dam Al-Sari.',
    "We control",
    "Al-Dam Al-Sari",
)

# ---- session 34 (SPEAK6): speaker before the quote, in many house styles
# speech verbs before the quote
P(
    "s34a:replied-colon-ap",
    'Asked whether the army would withdraw from Rafah, Yael Shamir replied: "Not while hostages are held there."',
    "Not while",
    "Yael Shamir",
)
P(
    "s34a:answered-colon-reuters",
    'The minister was pressed on the grain deal in Ankara. Mehmet Arslan answered: "Turkey will keep the corridor open."',
    "Turkey will",
    "Mehmet Arslan",
)
P(
    "s34a:responded-colon-afp",
    'Mali\'s junta expelled the French ambassador on Tuesday. Aminata Keita responded: "This decision is an insult to our partners."',
    "This decision",
    "Aminata Keita",
)
P(
    "s34a:insisted-colon-aj",
    'Israel\'s military said the strike hit a Hamas command post. Omar Barghouti insisted: "There were only families in that building."',
    "There were only",
    "Omar Barghouti",
)
P(
    "s34a:warned-colon-un",
    'The World Food Programme said stocks in Yemen would run out by March. Its country director, Lena Forsberg, warned: "Millions will go hungry."',
    "Millions will",
    "Lena Forsberg",
)
P(
    "s34a:noted-colon-ngo",
    'Amnesty International documented 14 strikes on schools. Researcher Daniel Okafor noted: "Every one of these schools was clearly marked."',
    "Every one",
    "Daniel Okafor",
)
P(
    "s34a:wrote-x-formerly-twitter-that",
    "Ukraine's foreign ministry summoned the Hungarian envoy. Dmytro Kovalenko wrote on X (formerly Twitter) that \"Budapest is playing Moscow's game.\"",
    "Budapest is",
    "Dmytro Kovalenko",
)
P(
    "s34a:posted-facebook-colon",
    'The Philippine coast guard reported a collision near Scarborough Shoal. Commodore Ramon Dizon posted on Facebook: "Our vessel was rammed twice."',
    "Our vessel",
    "Ramon Dizon",
)
P(
    "s34a:explained-colon",
    'Sudan\'s health ministry reported 300 cholera cases in Kassala. Dr. Samia Elamin explained: "The water stations stopped working in June."',
    "The water",
    "Samia Elamin",
)
P(
    "s34a:stressed-colon",
    'Qatar hosted another round of talks on Gaza. Majid Farouk stressed: "Both delegations remain in Doha."',
    "Both delegations",
    "Majid Farouk",
)
P(
    "s34a:declared-colon",
    'The Houthis fired two missiles at a tanker in the Red Sea. Yahya Saree declared: "Our operations will continue until the siege ends."',
    "Our operations",
    "Yahya Saree",
)
P(
    "s34a:admitted-colon",
    'Colombia\'s defence minister visited Cauca on Friday. Colonel Andrés Patiño admitted: "The dissidents control the mountain roads."',
    "The dissidents",
    "Andrés Patiño",
)
P(
    "s34a:recalled-colon",
    'Rescuers reached Derna four days after the flood. Hamid Sassi recalled: "The water came in the middle of the night."',
    "The water came",
    "Hamid Sassi",
)
P(
    "s34a:conceded-colon",
    'The Pakistani army said the militants had been pushed back. A local official, Zarif Khan, conceded: "The road to Parachinar is still closed."',
    "The road to",
    "Zarif Khan",
)
P(
    "s34a:tweeted-colon",
    'Poland closed two border crossings with Belarus. Tomasz Wrona tweeted: "Our patience has run out."',
    "Our patience",
    "Tomasz Wrona",
)
P(
    "s34a:vowed-colon",
    'M23 rebels seized Bukavu airport on Friday. Congo\'s army spokesman, Sylvain Ekenge, vowed: "We will take back every town."',
    "We will take",
    "Sylvain Ekenge",
)
P(
    "s34a:argued-colon",
    'The UN Security Council met on Haiti. Ambassador Linda Grant argued: "The mission needs funding, not statements."',
    "The mission needs",
    "Linda Grant",
)
P(
    "s34a:cautioned-colon",
    'The IAEA reported damage near the Zaporizhzhia plant. Inspector Karl Brenner cautioned: "The situation remains very fragile."',
    "The situation remains",
    "Karl Brenner",
)
P(
    "s34a:answered-not-speaker",
    'Anwar Saleh asked the commander when the convoy would leave. Colonel Hisham Taha answered: "When the road is clear."',
    "When the road",
    "Hisham Taha",
)
P(
    "s34a:replied-by-text",
    'Reuters asked the Rwandan government about the report. Yolande Makolo replied by text message: "Rwanda is not a party to this conflict."',
    "Rwanda is not",
    "Yolande Makolo",
)
# X, the Y of Z, said on Tuesday: "..."
P(
    "s34b:apposition-of-said-day-colon",
    'Fighting resumed in North Kivu. Jean-Pierre Mbala, the governor of the province, said on Tuesday: "We have asked Kinshasa for more troops."',
    "We have asked",
    "Jean-Pierre Mbala",
)
P(
    "s34b:apposition-of-org-said-colon",
    'Darfur\'s camps are full. Claire Dubois, the head of Doctors Without Borders in Chad, said on Wednesday: "We are treating gunshot wounds every day."',
    "We are treating",
    "Claire Dubois",
)
P(
    "s34b:apposition-long-said-colon",
    'Rohingya refugees fled new fighting in Rakhine. Nur Alam, a community leader in the Kutupalong camp in Cox\'s Bazar, said on Monday: "People arrive with nothing."',
    "People arrive",
    "Nur Alam",
)
P(
    "s34b:apposition-said-that-quote",
    'Somalia\'s army said it had retaken the town. Abdirahman Farah, the district commissioner, said on Sunday that "al-Shabaab fighters fled before dawn."',
    "al-Shabaab fighters",
    "Abdirahman Farah",
)
P(
    "s34b:apposition-org-told-afp-colon",
    'The UN said 5,000 people fled Haiti\'s capital in a week. Marie-Claire Joseph, a spokeswoman for the International Organization for Migration, told AFP: "The camps are overflowing."',
    "The camps are",
    "Marie-Claire Joseph",
)
P(
    "s34b:apposition-after-group-said-colon",
    'Hezbollah fired rockets at northern Israel. Avraham Cohen, the mayor of Kiryat Shmona, said on Thursday: "The town is empty."',
    "The town is",
    "Avraham Cohen",
)
# X told reporters in Z on Monday that "..."
P(
    "s34c:told-reporters-in-on-day-that",
    'Iran\'s foreign minister met his Omani counterpart. Reza Tavakoli told reporters in Tehran on Monday that "the talks were constructive."',
    "the talks were",
    "Reza Tavakoli",
)
P(
    "s34c:told-journalists-in-colon",
    'The African Union suspended Niger. Bankole Adeoye told journalists in Addis Ababa: "The door to dialogue remains open."',
    "The door to",
    "Bankole Adeoye",
)
P(
    "s34c:told-press-conference-in-that",
    'Ethiopia\'s government declared a state of emergency in Amhara. Legesse Tulu told a press conference in Addis Ababa that "the Fano militia must disarm."',
    "the Fano militia",
    "Legesse Tulu",
)
P(
    "s34c:told-the-bbc-on-day-that",
    'Israeli strikes hit Khan Younis overnight. Mahmoud Basal told the BBC on Tuesday that "the rubble is full of bodies."',
    "the rubble",
    "Mahmoud Basal",
)
P(
    "s34c:told-state-tv-colon",
    'Venezuela\'s government accused Guyana of provocations. Defence Minister Vladimir Padrino said on state television: "We will defend the Essequibo."',
    "We will defend",
    "Vladimir Padrino",
)
# According to X, "..."
P(
    "s34d:according-to-title",
    'According to Ukrainian army spokesman Nazar Voloshyn, "the Russians attacked 40 times in one day."',
    "the Russians",
    "Nazar Voloshyn",
)
P(
    "s34d:according-to-org",
    'According to the Syrian Observatory for Human Rights, "the death toll is rising by the hour."',
    "the death toll",
    "Syrian Observatory for Human Rights",
)
P(
    "s34d:according-to-person-apposition",
    'According to Halima Yusuf, a teacher in Maiduguri, "the pupils have not returned since the attack."',
    "the pupils",
    "Halima Yusuf",
)
P(
    "s34d:according-to-after-lead",
    'Boko Haram fighters burned the market in Gwoza. According to Babagana Modu, a vigilante, "they came on 30 motorcycles."',
    "they came on",
    "Babagana Modu",
)
# X's spokesman, Y, said "..."
P(
    "s34e:state-spokesman-apposition",
    'Russia\'s foreign ministry spokeswoman, Marina Volkova, said: "Kyiv bears full responsibility."',
    "Kyiv bears",
    "Marina Volkova",
)
P(
    "s34e:org-spokesman-apposition-comma",
    'The ICRC\'s spokesman, Pierre Lambert, said, "Our teams could not reach the wounded."',
    "Our teams",
    "Pierre Lambert",
)
P(
    "s34e:person-spokesman-apposition",
    'Netanyahu\'s spokesman, Omer Dostri, said: "The prime minister will not accept these terms."',
    "The prime minister",
    "Omer Dostri",
)
P(
    "s34e:group-spokesman-apposition-told",
    'The Taliban\'s spokesman, Zabihullah Mujahid, told the BBC: "Women will be allowed to work in hospitals."',
    "Women will",
    "Zabihullah Mujahid",
)
# "X said in a statement." then the quote opens the next paragraph
P(
    "s34f:statement-then-paragraph",
    'Human Rights Watch accused Myanmar\'s military of burning villages, researcher Mai Nakamura said in a statement.\n\n"Satellite images show at least 200 homes destroyed."',
    "Satellite images",
    "Mai Nakamura",
)
P(
    "s34f:said-statement-then-paragraph-org",
    'The Kenya Red Cross said in a statement on Sunday that 40 people had died in the floods.\n\n"Our teams are working around the clock."',
    "Our teams are",
    "Kenya Red Cross",
)
# colon after a long noun phrase
P(
    "s34g:colon-after-long-phrase",
    'The message from Grace Atieno, head of the Kenya Red Cross branch in Mombasa, was blunt: "We have run out of tents."',
    "We have run",
    "Grace Atieno",
)
P(
    "s34g:colon-person-in-address",
    'Sudan\'s army chief Abdel Fattah al-Burhan, in a televised address on Sunday evening: "There will be no truce with the militia."',
    "There will be",
    "Abdel Fattah al-Burhan",
)
# a speaker named in the paragraph before a block of quotes
P(
    "s34h:block-of-two-quotes",
    'Samira Haddad, a nurse at the Nasser hospital, described the night.\n\n"The generators stopped at midnight."\n\n"We operated by the light of our phones."',
    "We operated",
    "Samira Haddad",
)
P(
    "s34h:block-of-three-quotes",
    'Tariq Mahmood, a shopkeeper in Peshawar, was at the mosque when the bomb went off.\n\n"I heard a huge noise."\n\n"Then there was dust everywhere."\n\n"People were screaming for their children."',
    "People were screaming",
    "Tariq Mahmood",
)
# interrupted and continued
P(
    "s34i:interrupted-continued",
    '"We are running out of fuel," Dr. Hussam Abu Safiya said. "The oxygen will stop within hours."',
    "The oxygen",
    "Hussam Abu Safiya",
)
P(
    "s34i:interrupted-continued-org",
    '"The attack on the convoy was deliberate," the World Food Programme said. "Our trucks were clearly marked."',
    "Our trucks",
    "World Food Programme",
)
P(
    "s34i:interrupted-continued-told",
    '"They shot at the ambulance," Yusuf Danjuma told Reuters by phone from Kaduna. "The driver is in hospital."',
    "The driver is",
    "Yusuf Danjuma",
)
P(
    "s34i:interrupted-continued-said-X",
    '"We have buried 25 people," said Abdullahi Hassan, a village elder. "More are missing."',
    "More are",
    "Abdullahi Hassan",
)
# the brief's left-open classes
P(
    "s34j:asked-about-group-spokesman-for",
    'Asked about the Taliban, the spokesman for Kabul police said: "We have arrested three suspects."',
    "We have arrested",
    None,
)
P(
    "s34j:asked-about-group-spokesman-named",
    'Asked about the Taliban, Kabul police spokesman Khalid Zadran said: "We have arrested three suspects."',
    "We have arrested",
    "Khalid Zadran",
)
P(
    "s34j:asked-about-state-official",
    'Asked about Russia, a senior NATO official said: "We see no sign of withdrawal."',
    "We see no",
    None,
)
P(
    "s34j:asked-about-org-person",
    'Asked about Hamas, Egyptian mediator Hassan Rashad said: "The answer will come on Thursday."',
    "The answer",
    "Hassan Rashad",
)
P(
    "s34k:in-statement-spokesperson-then-statement-said",
    'In a statement, NPA spokesperson Ka Oris Bayani said the army had bombed farms in Mindanao.\n\n"The bombings killed livestock and destroyed crops," the statement said.',
    "The bombings",
    "Oris Bayani",
)
P(
    "s34k:in-statement-spokesman-then-statement-added",
    'In a statement, Hamas spokesman Abdel Latif Qanou said Israel had broken the truce. "The occupation bears responsibility," the statement added.',
    "The occupation",
    "Abdel Latif Qanou",
)
P(
    "s34l:it-said-after-denial",
    'Ukraine accused Russia of shelling the convoy. Moscow denied the report. "These are lies," it said.',
    "These are lies",
    "Moscow",
)
P(
    "s34l:it-said-after-denial-body",
    'Witnesses blamed the Rapid Support Forces for the killings. The RSF denied the accusation. "Our forces were not in the area," it said.',
    "Our forces",
    "RSF",
)
P(
    "s34l:it-said-after-rejected",
    'Amnesty International accused the Nigerian Army of torture. The army rejected the report on Monday. "It is baseless," it said.',
    "It is baseless",
    "Nigerian Army#1",
)
P(
    "s34m:she-later-nearer-woman",
    'Maryam Sadiq, a teacher, fled Kabul in 2021. Her sister, Farzana Sadiq, stayed behind with the children. "I could not leave them," she said.',
    "I could not",
    "Farzana Sadiq",
)
P(
    "s34m:she-later-woman-speaks",
    'Amina Bello runs the clinic in Maiduguri. Hauwa Musa, a midwife, arrived in March. "We deliver ten babies a day," she said.',
    "We deliver",
    "Hauwa Musa",
)
# harder: other actors between the speaker and the quote
P(
    "s34n:subject-then-objects-partial",
    'Oleh Kovalenko, an adviser to Ukraine\'s defence minister, said the strike on Kharkiv showed that Russia was "targeting civilians deliberately".',
    "targeting civilians",
    "Oleh Kovalenko",
)
P(
    "s34n:subject-accused-org-partial",
    'Nabil Haddad, a lawyer for the families, accused Israel and the United States of "looking away" from the killings in Jenin.',
    "looking away",
    "Nabil Haddad",
)
P(
    "s34n:subject-told-outlet-state-that-partial",
    "Samuel Otieno told Reuters that Kenya's police had \"lost control\" of Haiti's capital after the Viv Ansanm gangs attacked.",
    "lost control",
    "Samuel Otieno",
)
P(
    "s34n:org-said-about-org-colon",
    'The Norwegian Refugee Council said of the Rapid Support Forces\' siege of El Fasher: "This is a catastrophe unfolding in plain sight."',
    "This is a catastrophe",
    "Norwegian Refugee Council",
)
P(
    "s34n:person-of-org-about-state-colon",
    'Farhan Haq of the United Nations, speaking about Sudan and Chad, said: "The border must stay open."',
    "The border must",
    "Farhan Haq",
)
P(
    "s34n:subject-who-clause-colon",
    'Aisha Bakari, who fled Boko Haram\'s attack on Gwoza with her children, told Al Jazeera: "We walked for three days."',
    "We walked",
    "Aisha Bakari",
)
P(
    "s34n:subject-who-clause-said-colon-state",
    'Pavel Sokolov, who commands a drone unit of Ukraine\'s 93rd Brigade near Bakhmut, said: "The Russians send waves of infantry."',
    "The Russians send",
    "Pavel Sokolov",
)
P(
    "s34n:interview-with-outlet-said-colon",
    'In an interview with Al Jazeera on Sunday, Hamas official Basem Naim said: "Israel is not serious about a deal."',
    "Israel is not",
    "Basem Naim",
)
P(
    "s34n:at-briefing-in-city-colon",
    'At a briefing in Geneva, OCHA spokesman Jens Laerke said: "Gaza is the hungriest place on earth."',
    "Gaza is the",
    "Jens Laerke",
)
P(
    "s34n:speaking-at-rally-organised-by",
    'Speaking at a rally in Karachi organised by the Pakistan Tehreek-e-Insaf, Ali Khan said: "Imran Khan will be freed."',
    "Imran Khan will",
    "Ali Khan",
)
P(
    "s34n:unhcr-briefing-said-that-partial",
    "UNHCR spokesperson Olga Sarrado told a briefing in Geneva that conditions in Chad's camps were \"dire\" and that Sudan's refugees needed help.",
    "dire",
    "Olga Sarrado",
)
P(
    "s34n:said-the-army-had-partial",
    'Juma Lado said the South Sudanese army had "abandoned" Nasir to the White Army.',
    "abandoned",
    "Juma Lado",
)
P(
    "s34n:person-said-quote-about-person",
    'Yasmin Farouk said President Abdel Fattah al-Sisi was "the only one who can open Rafah".',
    "the only one",
    "Yasmin Farouk",
)
P(
    "s34n:long-title-chain-of-org-colon",
    'The deputy head of the UN Mission in South Sudan, Guang Cong, said on Friday: "Both parties must return to the peace agreement."',
    "Both parties",
    "Guang Cong",
)
P(
    "s34n:un-briefing-sg-spokesman",
    'UN Secretary-General Antonio Guterres\'s spokesman, Stephane Dujarric, told reporters: "The Secretary-General is alarmed."',
    "The Secretary-General is",
    "Stephane Dujarric",
)
P(
    "s34n:local-press-colon-after-group",
    'Gunmen suspected to be members of the Islamic State West Africa Province (ISWAP) attacked Monguno on Sunday. The Borno police spokesperson, ASP Daso Nahum, said: "Five suspects were arrested."',
    "Five suspects",
    "Daso Nahum",
)
P(
    "s34n:dawn-style-said-colon",
    'PESHAWAR: At least 11 soldiers were martyred in an attack claimed by the Tehreek-i-Taliban Pakistan (TTP) in South Waziristan. Inspector General Akhtar Hayat said: "The attackers used night-vision equipment."',
    "The attackers used",
    "Akhtar Hayat",
)
P(
    "s34n:ngo-release-colon",
    'NAIROBI, 3 March 2025 – As fighting spreads in eastern DRC, the International Rescue Committee is scaling up. Said Hassan, IRC\'s country director in DRC, said: "Families are fleeing with nothing."',
    "Families are fleeing",
    "Said Hassan",
)
P(
    "s34n:said-she-colon-after-org",
    'Médecins Sans Frontières runs the only hospital in Rann. Its coordinator there, Elena Vasquez, said she feared the worst: "We cannot evacuate the patients."',
    "We cannot evacuate",
    "Elena Vasquez",
)
P(
    "s34n:added-colon-after-quote-block",
    'Ahmed Nour, a farmer from Tawila, said the militia had taken his cattle. He added: "They told us to leave or die."',
    "They told us",
    "Ahmed Nour",
)
# a term in marks that the subject of reported speech "calls" (guideline session 33 point 1)
P(
    "s34o:it-calls-after-says-accusing",
    'A drone strike killed three herders east of the berm, the Polisario Front says, accusing Morocco of targeting civilians in the territory it calls "liberated".',
    "liberated",
    "Polisario Front",
)
P(
    "s34o:it-calls-after-said-accusing-state",
    'The Syrian Democratic Forces said Turkey had shelled villages near Kobani, accusing Ankara of attacking what it calls "terrorist" positions.',
    "terrorist",
    "Syrian Democratic Forces",
)
P(
    "s34o:what-it-calls-after-said",
    'Russia\'s defence ministry said on Friday its forces had struck what it calls "military infrastructure" in Odesa.',
    "military infrastructure",
    "Russia",
)
P(
    "s34o:what-the-government-calls-in-reported",
    'General Carlos Mendoza said in a video that troops had killed nine members of what the Government calls "Tancol" near the border with Colombia.',
    "Tancol",
    "Carlos Mendoza",
)
P(
    "s34o:what-the-government-calls-state-named",
    'Venezuela accuses Colombia of sheltering fighters. Defence Minister Vladimir Padrino said troops had killed members of what the government calls "narco-terrorist groups".',
    "narco-terrorist",
    "Vladimir Padrino",
)
P(
    "s34o:what-the-army-calls-in-ngo-report",
    'Human Rights Watch said in a report that the Burkinabe army had executed 223 villagers in what the army calls "mopping-up operations".',
    "mopping-up",
    "Burkinabe army",
)
P(
    "s34o:named-subject-calls",
    'Iran\'s foreign ministry condemned the strike. Tehran called the attack "a violation of international law".',
    "a violation",
    "Tehran",
)
P(
    "s34o:what-residents-call-no-link",
    'The road from El Fasher to Tawila, what residents call "the road of death", is lined with burned cars.',
    "the road of death",
    None,
)
P(
    "s34j:asked-about-state-the-minister",
    'Asked about Iran, the foreign minister said: "We have no contact with Tehran."',
    "We have no contact",
    None,
)
P(
    "s34j:responding-to-group-the-official",
    'Responding to Hezbollah\'s threats, the Israeli official said: "We are ready for any scenario."',
    "We are ready",
    None,
)
P(
    "s34j:pressed-on-org-the-spokeswoman",
    'Pressed on the UNRWA allegations, the spokeswoman for the foreign ministry said: "The evidence speaks for itself."',
    "The evidence",
    None,
)
P(
    "s34j:asked-about-person-a-diplomat",
    'Asked about Vladimir Putin, a senior European diplomat said: "He is not interested in peace."',
    "He is not",
    None,
)
P(
    "s34j:referring-to-group-the-governor",
    'Referring to the Islamic State West Africa Province, the governor of Borno said: "They are weakened but not defeated."',
    "They are weakened",
    None,
)
P(
    "s34j:asked-about-org-named-after",
    'Asked about MONUSCO, Congolese government spokesman Patrick Muyaya said: "The mission has failed."',
    "The mission has",
    "Patrick Muyaya",
)
P(
    "s34j:asked-about-state-body-after",
    'Asked about Rwanda, the Congolese army said in a statement: "Kigali is the aggressor."',
    "Kigali is",
    "Congolese army",
)
P(
    "s34j:asked-the-group-it-said",
    'The Houthis fired at a tanker. Asked about the United States, the group said: "Washington will pay."',
    "Washington will",
    "Houthis",
)
P(
    "s34j:asked-about-person-he-said",
    'Ahmed Salim leads the council in Marib. Asked about the Houthis, he said: "They want the whole province."',
    "They want",
    "Ahmed Salim",
)
P(
    "s34j:commenting-on-state-the-mayor",
    'Commenting on Russia\'s latest strikes, the mayor of the town said: "Three schools were hit."',
    "Three schools",
    None,
)
P(
    "s34k:in-statement-army-spokesman-then-statement-said",
    'In a statement, Sudanese army spokesman Nabil Abdallah said the RSF had shelled a market in Omdurman.\n\n"The militia targets civilians deliberately," the statement said.',
    "The militia targets",
    "Nabil Abdallah",
)
P(
    "s34k:in-statement-org-spokeswoman-comma-name",
    'In a statement on Tuesday, UNICEF\'s spokeswoman, Tess Ingram, said 14 children had been killed in Rafah. "Children are dying every day," the statement added.',
    "Children are dying",
    "Tess Ingram",
)
P(
    "s34k:in-statement-police-spokesperson-then-read",
    'In a statement, Kaduna police spokesperson Mansir Hassan said 12 worshippers had been abducted. "Efforts are under way to rescue them," the statement read.',
    "Efforts are",
    "Mansir Hassan",
)
P(
    "s34k:in-statement-body-no-person-then-said",
    'In a statement, the Islamic Movement in Nigeria said police had fired on its procession. "This was a peaceful march," the statement said.',
    "This was a peaceful",
    "Islamic Movement in Nigeria",
)
P(
    "s34k:in-statement-person-of-body-then-said",
    'In a statement, Yemane Gebremeskel, Eritrea\'s information minister, rejected the report. "These allegations are fabricated," the statement said.',
    "These allegations",
    "Yemane Gebremeskel",
)
P(
    "s34k:in-statement-ministry-spokesman-then-said",
    'In a statement, Iran\'s foreign ministry spokesman Esmaeil Baghaei condemned the strike. "This is a flagrant violation," the statement said.',
    "This is a flagrant",
    "Esmaeil Baghaei",
)
P(
    "s34k:in-statement-state-body-then-said",
    'In a statement, Pakistan\'s Inter-Services Public Relations said five soldiers had died. "The terrorists were neutralised," the statement said.',
    "The terrorists were",
    "Inter-Services Public Relations",
)
P(
    "s34k:in-statement-group-commander-then-said",
    'In a statement, M23 leader Bertrand Bisimwa said the rebels would not withdraw from Goma. "We are here to stay," the statement said.',
    "We are here",
    "Bertrand Bisimwa",
)
P(
    "s34o:they-call-after-rebels-said",
    'The Arakan Army said its fighters had seized two bases, accusing Myanmar\'s junta of bombing what they call "liberated areas".',
    "liberated areas",
    "Arakan Army",
)
P(
    "s34o:it-described-as-after-ministry-said",
    'Pakistan\'s foreign ministry said on Monday that India had launched what it described as "an unprovoked attack" on Muzaffarabad.',
    "an unprovoked attack",
    "Pakistan",
)
P(
    "s34o:it-terms-after-group-claimed",
    'Hezbollah said it had fired rockets at an Israeli base near Safed in response to what it terms "Zionist aggression".',
    "Zionist aggression",
    "Hezbollah",
)
P(
    "s34o:what-the-authorities-call-person-reported",
    'Lawyer Sarah Mbeki said police had detained 40 protesters in what the authorities call "preventive custody".',
    "preventive custody",
    "Sarah Mbeki",
)
P(
    "s34o:what-the-army-calls-no-reported-speech",
    'Thousands fled Gwoza during what the army calls "clearance operations", the UN said.',
    "clearance operations",
    "UN",
)
P(
    "s34o:what-it-calls-person-reporter-body-it",
    'Ahmed Salim said the army had shelled what it calls "terrorist hideouts" near Marib.',
    "terrorist hideouts",
    "Ahmed Salim",
)
P(
    "s34o:which-the-junta-called-person-named-before",
    'The Burkinabe junta expelled two French diplomats. Activist Issa Ouedraogo said the expulsions followed what the junta called "subversive activities".',
    "subversive activities",
    "Issa Ouedraogo",
)
P(
    "s34m:she-two-women-paragraphs-later-nearer",
    'Halima Bukar, a mother of five, fled Konduga in March.\n\nHer neighbour, Aisha Modu, stayed behind to guard the house.\n\n"I could not leave the old people alone," she said.',
    "I could not leave",
    "Aisha Modu",
)
P(
    "s34m:she-two-women-later-described-woman",
    'Maria Gonzalez, a teacher, lost her school in the fire. The town\'s mayor, Luisa Ortega, a former nurse, visited on Friday. "We will rebuild it before the rains," she said.',
    "We will rebuild",
    "Luisa Ortega",
)
P(
    "s34m:she-two-women-later-mrs",
    'Mrs Grace Okello runs a shelter in Gulu. Mrs Florence Achieng, who arrived last week, sleeps on the floor with her children. "There is no room left," she said.',
    "There is no room",
    "Florence Achieng",
)
P(
    "s34m:she-later-woman-paragraph-said-that",
    'Svitlana Koval, 54, left Pokrovsk in a bus organised by the city.\n\nHer daughter, Olena Koval, said the shelling had not stopped for a week. "We counted forty explosions in one night," she said.',
    "We counted",
    "Olena Koval",
)
P(
    "s34m:she-later-woman-unknown-gender-name",
    'Fatima Haidari, a midwife, fled Herat in 2021. Her colleague Zarghona Wardak stayed at the clinic. "Someone has to deliver the babies," she said.',
    "Someone has to",
    "Zarghona Wardak",
)
P(
    "s34m:she-later-woman-speaks-first-then-quote",
    'Nadia Hamdan, whose husband was detained in March, has not heard from him. Lawyer Rania Saleh took up the case in June. "The court has refused every request," she said.',
    "The court has",
    "Rania Saleh",
)
P(
    "s34m:she-earlier-woman-later-man-nearer",
    'Aziza Rahimi, a teacher, was stopped at a Taliban checkpoint. Her brother, Jawad, drove her home. "They told me not to come back," she said.',
    "They told me",
    "Aziza Rahimi",
)
P(
    "s34m:she-earlier-woman-spoke-later-woman-victim",
    'Amina Garba said gunmen stormed the village at dawn. Her niece, Zainab Garba, was abducted with 20 other girls. "We searched the forest for three days," she said.',
    "We searched",
    "Amina Garba",
)
# a standfirst between the headline and the body's dateline, no byline
P(
    "s34p:standfirst-ap-dateline",
    "Ukraine says Russian drones hit Odesa port\n\nOfficials say the strikes were 'the heaviest in weeks'.\n\nKYIV, Ukraine (AP) \u2014 Ukraine's air force said Tuesday that overnight strikes on Odesa were \"the heaviest in weeks\", as Russia pressed its campaign against ports.",
    "the heaviest in weeks",
    "Ukraine#3",
)
P(
    "s34p:standfirst-reuters-dateline",
    "Sudan army retakes Wad Madani\n\nThe army calls the recapture 'a turning point'.\n\nPORT SUDAN, Jan 12 (Reuters) - Sudan's army said on Sunday it had retaken Wad Madani, calling the recapture \"a turning point\" in the war with the Rapid Support Forces.",
    "a turning point",
    "Sudan army",
)
P(
    "s34p:standfirst-dawn-colon-dateline",
    "Attack on convoy in Kurram\n\nPolice say the attackers were 'well organised'.\n\nPESHAWAR: Kurram police chief Javed Iqbal said on Friday that the attackers were \"well organised\" and had planned the ambush for days.",
    "well organised",
    "Javed Iqbal",
)
P(
    "s34p:standfirst-own-named-speaker-kept",
    "Gaza aid\n\nUN chief Antonio Guterres calls Gaza 'a killing field'.\n\nNEW YORK \u2013 The situation in Gaza is dire, UN officials said on Monday. Secretary-General Antonio Guterres again described the strip as \"a killing field\" in remarks to reporters.",
    "a killing field",
    "Antonio Guterres#1",
)
P(
    "s34p:standfirst-no-repeat-in-body",
    "Floods in Sindh\n\nResidents say aid is 'too little, too late'.\n\nKARACHI \u2013 Pakistan's army said on Monday that relief was reaching every village.",
    "too little",
    None,
)
P(
    "s34p:standfirst-ngo-dateline-dash",
    "DRC: IRC scales up in North Kivu\n\nThe agency says needs are 'unprecedented'.\n\nGOMA \u2013 The International Rescue Committee said on Thursday that humanitarian needs in North Kivu were \"unprecedented\" after the fall of Goma.",
    "unprecedented",
    "IRC",
)
# before the quote: colon after a sentence without a speech verb, partial quotes after verbs of judging and promising
P(
    "s34q:had-a-message-colon",
    'Houthi leader Abdul-Malik al-Houthi had a message for Washington: "Your ships will not be safe."',
    "Your ships",
    "Abdul-Malik al-Houthi",
)
P(
    "s34q:put-it-bluntly-colon",
    'Martin Griffiths put it bluntly: "The world has abandoned Sudan."',
    "The world has",
    "Martin Griffiths",
)
P(
    "s34q:possessive-verdict-colon",
    'Kenya\'s police chief Douglas Kanja gave his verdict on the Haiti mission: "We are making progress."',
    "We are making",
    "Douglas Kanja",
)
P(
    "s34q:had-this-to-say-colon",
    'Asked about the ceasefire, Hamas official Osama Hamdan had this to say: "It is a trick."',
    "It is a trick",
    "Osama Hamdan",
)
P(
    "s34q:in-words-of",
    'In the words of Elena Petrova, a volunteer in Kharkiv, "every night is a lottery."',
    "every night",
    "Elena Petrova",
)
P(
    "s34q:in-possessive-words",
    'In Amina Sheikh\'s words, "the camp has become a prison."',
    "the camp has",
    "Amina Sheikh",
)
P(
    "s34q:as-X-put-it",
    'As Ali Hassan, a fisherman in Hodeidah, put it, "the sea is closed to us now."',
    "the sea is",
    "Ali Hassan",
)
P(
    "s34q:quoted-by-outlet-as-saying",
    'Colonel Assimi Goita was quoted by state television ORTM as saying that "the terrorists will be hunted down."',
    "the terrorists will",
    "Assimi Goita",
)
P(
    "s34q:described-as-partial",
    'Josep Borrell described the strike on the school as "unacceptable".',
    "unacceptable",
    "Josep Borrell",
)
P(
    "s34q:vowed-to-partial",
    'Nigerian President Bola Tinubu vowed to "crush" the bandits holding the schoolchildren.',
    "crush",
    "Bola Tinubu",
)
P(
    "s34q:expressed-partial",
    'UN envoy Hans Grundberg expressed "deep concern" over the detention of aid workers by the Houthis.',
    "deep concern",
    "Hans Grundberg",
)
P(
    "s34q:urged-to-partial",
    'Pope Leo urged both sides in Sudan to "lay down their arms".',
    "lay down",
    "Leo",
)
P(
    "s34q:called-for-partial",
    'Jan Egeland called for an "immediate and unconditional" ceasefire in El Fasher.',
    "immediate and",
    "Jan Egeland",
)
P(
    "s34q:said-he-feared-partial",
    'Farmer Musa Bello said he feared the bandits would return "at harvest time".',
    "at harvest time",
    "Musa Bello",
)
P(
    "s34q:told-the-security-council-colon",
    'Russia\'s UN ambassador Vassily Nebenzia told the Security Council: "The West is prolonging the war."',
    "The West is",
    "Vassily Nebenzia",
)
P(
    "s34q:told-lawmakers-that",
    'Israeli Defence Minister Israel Katz told lawmakers that the army would "stay in the buffer zone indefinitely".',
    "stay in the buffer",
    "Israel Katz",
)
P(
    "s34q:interview-published-by-colon",
    'Kenyan President William Ruto said in an interview published on Sunday by Le Monde: "Africa will not be a battlefield."',
    "Africa will not",
    "William Ruto",
)
P(
    "s34q:aside-asked-whether-said",
    'Mohamed Hamdan Dagalo, asked whether his forces had committed abuses, said: "Any soldier who breaks the law will be punished."',
    "Any soldier",
    "Mohamed Hamdan Dagalo",
)
P(
    "s34q:second-quote-same-paragraph",
    'Dr. Marwan Sultan, director of the Indonesian Hospital, said: "We have no fuel." "The generators will stop tonight."',
    "The generators",
    "Marwan Sultan",
)
P(
    "s34q:said-of-org-colon",
    'Tom Fletcher said of the Rapid Support Forces: "They are blocking every convoy."',
    "They are blocking",
    "Tom Fletcher",
)
P(
    "s34q:dash-before-quote",
    'For Abdullah Omar, a trader in Mogadishu\'s Bakara market, the answer is simple \u2014 "al-Shabaab takes its cut first."',
    "al-Shabaab takes",
    "Abdullah Omar",
)
P(
    "s34q:for-X-the-answer-colon",
    'For Amira Haddad, the answer is simple: "We go back to Gaza City."',
    "We go back",
    "Amira Haddad",
)
P(
    "s34q:told-a-news-conference-in-colon",
    'Turkish Foreign Minister Hakan Fidan told a news conference in Ankara alongside his Iraqi counterpart: "The PKK must lay down its arms."',
    "The PKK must",
    "Hakan Fidan",
)
P(
    "s34q:posted-on-telegram-that",
    'Russian-installed governor Vladimir Saldo posted on Telegram that Ukrainian drones had "targeted civilians" in Oleshky.',
    "targeted civilians",
    "Vladimir Saldo",
)
P(
    "s34q:statement-on-website-read",
    'A statement on the Pakistani military\'s website read: "Five terrorists were sent to hell."',
    "Five terrorists",
    "Pakistani military",
)
P(
    "s34q:said-after-meeting-org-colon",
    'After meeting Hamas leaders in Doha, Egyptian intelligence chief Hassan Rashad said: "An agreement is within reach."',
    "An agreement",
    "Hassan Rashad",
)
P(
    "s34q:wrote-in-op-ed-that",
    'Volodymyr Zelensky wrote in an op-ed for The Economist that Europe must "stop fearing Russia".',
    "stop fearing",
    "Volodymyr Zelensky",
)
P(
    "s34q:insisted-that-partial-with-objects",
    'Ethiopia\'s Prime Minister Abiy Ahmed insisted that Eritrea and the TPLF had "no business" in Tigray.',
    "no business",
    "Abiy Ahmed",
)
# verbs of saying right after the quote's closing comma that the main lists leave out
P(
    "s34r:X-answered-after",
    'Reporters asked whether Kyiv would accept a freeze of the front. "Never on these terms," Andriy Sybiha answered.',
    "Never on these",
    "Andriy Sybiha",
)
P(
    "s34r:answered-X-inverted",
    'The minister was asked about the strikes on Rafah. "We are targeting Hamas, not civilians," answered Yoav Gallant.',
    "We are targeting",
    "Yoav Gallant",
)
P(
    "s34r:she-admits-present",
    'Fatuma Abdi has lived in the Dadaab camp since 2011. "Sometimes I think we will never leave," she admits.',
    "Sometimes I think",
    "Fatuma Abdi",
)
P(
    "s34r:X-concedes-present",
    'The Afghan economy is collapsing. "We cannot pay the teachers," Taliban official Abdul Salam Hanafi concedes.',
    "We cannot pay",
    "Abdul Salam Hanafi",
)
P(
    "s34r:he-laments-present",
    'Rashid Khalil ran a bakery in Khan Younis for 20 years. "Now there is no flour and no oven," he laments.',
    "Now there is",
    "Rashid Khalil",
)
P(
    "s34r:X-quipped",
    'Asked about the sanctions, Russian Foreign Minister Sergei Lavrov smiled. "We have survived worse," Lavrov quipped.',
    "We have survived",
    "Lavrov#2",
)
P(
    "s34r:X-snapped",
    'The interview turned tense. "That is a lie spread by the RSF," Sudanese army spokesman Nabil Abdallah snapped.',
    "That is a lie",
    "Nabil Abdallah",
)
P(
    "s34r:X-testified",
    'The hearing in The Hague resumed on Tuesday. "I saw the soldiers shoot the men," witness Amina Hassan testified.',
    "I saw the soldiers",
    "Amina Hassan",
)
P(
    "s34r:the-group-repeated",
    'Hamas has rejected the plan twice. "Our conditions have not changed," the group repeated on Friday.',
    "Our conditions",
    "Hamas",
)
P(
    "s34r:she-cried",
    'Hawa Abakar searched the hospital in Adre for her son. "Where is my boy?" she cried.',
    "Where is my boy",
    "Hawa Abakar",
)
P(
    "s34r:X-observes-present-un",
    'The UN envoy for Yemen, Hans Grundberg, briefed the council. "The window for peace is closing," Grundberg observes in his report.',
    "The window for",
    "Grundberg#2",
)
P(
    "s34r:interjected-X",
    'Colonel Moussa Diarra began to answer, but his deputy cut in. "The road is mined," interjected Captain Oumar Sangare.',
    "The road is mined",
    "Oumar Sangare",
)
P(
    "s34r:answered-by-none-unnamed",
    'Reporters asked the army about the strike. "No comment," an officer answered.',
    "No comment",
    None,
)
P(
    "s34r:answered-not-after-quote",
    'Maria Lopez said the army was "in control". Police answered the call within minutes, residents said.',
    "in control",
    "Maria Lopez",
)
# before the quote: more house styles
P(
    "s34s:ministry-quoted-spokesman-as-saying-colon",
    'Iran\'s foreign ministry quoted its spokesman, Esmaeil Baghaei, as saying: "Tehran will respond at a time of its choosing."',
    "Tehran will respond",
    "Esmaeil Baghaei",
)
P(
    "s34s:spoke-from-paragraph-then-quote",
    'Yusuf Abdi spoke to Al Jazeera by phone from Baidoa.\n\n"The fighters came at night and took the young men."',
    "The fighters came",
    "Yusuf Abdi",
)
P(
    "s34s:statement-signed-by-read-colon",
    'The Houthis issued a statement on Monday. A statement signed by spokesman Yahya Saree read: "We targeted the ship with two missiles."',
    "We targeted",
    "Yahya Saree",
)
P(
    "s34s:said-on-x-platform-colon",
    'Ukrainian President Volodymyr Zelensky said on X: "Russia launched 400 drones overnight."',
    "Russia launched",
    "Volodymyr Zelensky",
)
P(
    "s34s:told-bbc-programme-colon",
    'Sudanese activist Hala al-Karib told the BBC\'s Newshour programme: "Women are being raped in front of their families."',
    "Women are being",
    "Hala al-Karib",
)
P(
    "s34s:speaking-who-heads-colon",
    'Speaking to reporters, Mirjana Spoljaric, who heads the International Committee of the Red Cross, said: "The rules of war are being ignored."',
    "The rules of war",
    "Mirjana Spoljaric",
)
P(
    "s34s:joint-statement-colon",
    'Qatar\'s Prime Minister Mohammed bin Abdulrahman Al Thani and Egyptian Foreign Minister Badr Abdelatty said in a joint statement: "Both parties must return to the table."',
    "Both parties must",
    "Mohammed bin Abdulrahman Al Thani",
)
P(
    "s34s:one-resident-apposed-colon",
    'Shelling hit the market in Kherson. One resident, Olha Moroz, said: "The shells fell while people were queuing for bread."',
    "The shells fell",
    "Olha Moroz",
)
P(
    "s34s:another-witness-aged-colon",
    'Several witnesses saw the convoy. Another witness, 28-year-old Ibrahim Kamara, said: "The soldiers fired first."',
    "The soldiers fired",
    "Ibrahim Kamara",
)
P(
    "s34s:aged-father-said-partial",
    'Abdirahman Yusuf, 45, a father of three, said he had "lost everything" in the floods in Beledweyne.',
    "lost everything",
    "Abdirahman Yusuf",
)
P(
    "s34s:the-head-of-body-apposed-colon",
    'The head of the Norwegian Refugee Council, Jan Egeland, said: "Gaza is the worst crisis I have seen."',
    "Gaza is the worst",
    "Jan Egeland",
)
P(
    "s34s:said-X-inverted-colon",
    'In the market, traders count their losses. Said Ahmed Ali, a trader: "Nobody buys anything any more."',
    "Nobody buys",
    "Ahmed Ali",
)
P(
    "s34s:is-adamant-colon",
    'Ibrahim Traore, Burkina Faso\'s junta leader, is adamant: "We will never negotiate with terrorists."',
    "We will never",
    "Ibrahim Traore",
)
P(
    "s34s:is-blunt-colon-body-before",
    'The World Food Programme warned of famine in Gaza. Its chief, Cindy McCain, is blunt: "People are starving to death."',
    "People are starving",
    "Cindy McCain",
)
P(
    "s34s:answer-was-short-colon",
    'Reporters asked Sergei Shoigu about the losses. His answer was short: "Everything is going to plan."',
    "Everything is going",
    "Sergei Shoigu",
)
P(
    "s34s:deputy-apposed-said-colon",
    'Hezbollah\'s deputy leader, Naim Qassem, said in a televised speech: "The resistance is ready."',
    "The resistance is",
    "Naim Qassem",
)
P(
    "s34s:local-official-told-afp-comma",
    'Local official Moussa Ag Acharatoumane told AFP, "The jihadists control the roads around Menaka."',
    "The jihadists control",
    "Moussa Ag Acharatoumane",
)
P(
    "s34s:tweet-read-after-name",
    'Israeli opposition leader Yair Lapid posted on X. His tweet read: "This government has abandoned the hostages."',
    "This government",
    "Yair Lapid",
)
P(
    "s34s:ngo-release-director-said-colon-after-dateline",
    'GENEVA (7 May 2025) \u2013 The UN Human Rights Office is alarmed by reports of executions in Sudan. UN High Commissioner for Human Rights Volker T\u00fcrk said: "These acts may amount to war crimes."',
    "These acts may",
    "Volker T\u00fcrk",
)
P(
    "s34s:un-briefing-deputy-spokesperson",
    'At the daily briefing in New York, Deputy Spokesperson Farhan Haq told reporters: "We are in touch with both sides."',
    "We are in touch",
    "Farhan Haq",
)
# "it said" after another body's denial; continued quotes; blocks of quotes
P(
    "s34l:it-said-after-dismissed-report-of-ngo",
    'Human Rights Watch accused Ethiopia\'s army of killing civilians in Amhara. The government dismissed the report as "biased". "Our forces protect civilians," it said.',
    "Our forces protect",
    "Ethiopia",
)
P(
    "s34l:it-said-paragraph-after-denial",
    'The Wagner Group was accused by the UN of killing 500 people in Moura.\n\nMali\'s junta denied the accusation on Friday.\n\n"Only terrorists were neutralised," it said.',
    "Only terrorists",
    "Mali",
)
P(
    "s34l:it-said-denial-object-body",
    'The Arakan Army said it had captured the last junta base in Maungdaw. The military government denied that Maungdaw had fallen. "Our troops are holding their positions," it said.',
    "Our troops are holding",
    None,
)
P(
    "s34l:it-added-after-denied-X-claim",
    'The M23 said it controlled the airport. Congo\'s army denied the M23 claim. "Our forces are still in Goma," it added.',
    "Our forces are still",
    "Congo",
)
P(
    "s34i:continued-new-paragraph",
    '"We have lost contact with our teams in El Fasher," said Claire Nicolet of MSF.\n\n"We do not know if they are alive."',
    "We do not know",
    "Claire Nicolet",
)
P(
    "s34i:continued-after-she-said-para",
    'Layla Ahmad, a nurse, stayed at al-Awda hospital.\n\n"We have no anaesthetics," she said. "We operate on children without them."',
    "We operate on",
    "Layla Ahmad",
)
P(
    "s34i:continued-after-group-said",
    '"Our fighters repelled the attack," the Arakan Army said. "The junta lost 40 soldiers."',
    "The junta lost",
    "Arakan Army",
)
P(
    "s34i:continued-after-told-outlet-state-mentioned",
    '"Russia is bombing our cities every night," Ukrainian Foreign Minister Andrii Sybiha told the BBC. "Europe must act now."',
    "Europe must act",
    "Andrii Sybiha",
)
P(
    "s34h:block-after-non-speech-sentence",
    'Idris Musa, a driver for the aid convoy, survived the ambush near Tawila. He was hit in the arm.\n\n"They shot at the tyres first."\n\n"Then they came for the drivers."',
    "Then they came",
    "Idris Musa",
)
P(
    "s34h:block-two-speakers-second-named-last",
    'Abdi Farah, a trader, said the market was full when the bomb went off. His brother Hassan Farah was inside.\n\n"I heard the blast from my shop," Abdi said.\n\n"I ran to find my brother."',
    "I ran to find",
    "Abdi#2",
)
P(
    "s34l:it-added-after-state-ministry-said",
    'Hamas said the talks had collapsed. Egypt\'s foreign ministry said contacts were continuing. "Cairo remains committed to mediation," it added.',
    "Cairo remains",
    "Egypt",
)
P(
    "s34l:it-added-after-state-military-rejected",
    'The Baloch Liberation Army said it had killed 30 soldiers. Pakistan\'s military denied the figure. "Only four soldiers were martyred," it added.',
    "Only four soldiers",
    "Pakistan",
)
P(
    "s34l:they-added-after-group-forces-denied",
    'The army said the RSF had shelled the camp. The RSF\'s forces denied any role. "We were not in Zamzam," they added.',
    "We were not",
    "RSF#2",
)
P(
    "s34l:it-added-after-state-police-said-object-group",
    'Al-Shabaab claimed the bombing in Mogadishu. Somalia\'s police said they had arrested three suspects linked to al-Shabaab. "The investigation continues," it added.',
    "The investigation",
    "Somalia",
)
P(
    "s34l:it-added-person-owner-not-a-body",
    'The ICC issued a warrant for Rodrigo Duterte. Duterte\'s lawyer said the court had no jurisdiction. "The Philippines left the ICC in 2019," it added.',
    "The Philippines left",
    "ICC#1",
)
P(
    "s34f:trailing-spokesman-said-then-paragraph",
    'Seventeen people were killed in the strike on the school, civil defence spokesman Mahmud Bassal said.\n\n"Most of them were women and children."',
    "Most of them",
    "Mahmud Bassal",
)
P(
    "s34f:said-in-statement-then-paragraph-person",
    'The attack was "a grave violation of international law", UN rights chief Volker T\u00fcrk said in a statement.\n\n"Those responsible must be held to account."',
    "Those responsible",
    "Volker T\u00fcrk",
)
P(
    "s34f:according-to-then-paragraph",
    'At least 40 people died in the flooding, according to Khalid Mohammed, the head of Derna\'s emergency committee.\n\n"Whole streets were washed into the sea."',
    "Whole streets",
    "Khalid Mohammed",
)
P(
    "s34f:told-reuters-then-paragraph-org-object",
    'The RSF had surrounded the camp for weeks, Zamzam resident Adam Rizig told Reuters.\n\n"Nobody can get out."',
    "Nobody can get",
    "Adam Rizig",
)
P(
    "s34f:ministry-said-then-paragraph",
    'Ukraine\'s air force said it had shot down 48 of the 60 drones launched overnight.\n\n"Air defence remains active in the north."',
    "Air defence",
    "Ukraine",
)
P(
    "s34f:state-ministry-said-then-paragraph",
    'Russia\'s defence ministry said on Sunday its forces had captured the village of Toretske.\n\n"The enemy suffered heavy losses."',
    "The enemy suffered",
    "Russia",
)
P(
    "s34f:group-military-wing-said-then-paragraph",
    'Hamas\'s armed wing said its fighters had ambushed an Israeli patrol in Beit Hanoun.\n\n"Our mujahideen detonated an explosive device."',
    "Our mujahideen",
    "Hamas",
)
P(
    "s34f:according-to-title-then-paragraph",
    'More than 200 homes were destroyed, according to provincial governor Abdul Rahman Haidari.\n\n"Entire families are sleeping in the open."',
    "Entire families",
    "Abdul Rahman Haidari",
)
P(
    "s34f:according-to-org-then-paragraph-none",
    'More than 200 homes were destroyed, according to the UN.\n\n"Entire families are sleeping in the open."',
    "Entire families",
    None,
)
P(
    "s34f:state-police-did-not-say-then-paragraph",
    'Kenya\'s police have not commented on the killings.\n\n"We are still counting the dead."',
    "We are still counting",
    None,
)
# a colon after a long noun phrase that holds the speaker
P(
    "s34g:verdict-of-person-apposed-was-colon",
    'The verdict of Filippo Grandi, the UN refugee chief, was stark: "This is the largest displacement crisis in the world."',
    "This is the largest",
    "Filippo Grandi",
)
P(
    "s34g:response-from-person-came-colon",
    'The response from Hamas official Basem Naim came within hours: "The occupation is lying."',
    "The occupation is",
    "Basem Naim",
)
P(
    "s34g:warning-from-org-colon",
    'The warning from the World Health Organization on Friday was unusually blunt: "Hospitals in Gaza are collapsing."',
    "Hospitals in Gaza",
    "World Health Organization",
)
P(
    "s34g:message-of-person-to-state-colon",
    'The message of Ukrainian Foreign Minister Andrii Sybiha to Washington was clear: "Security guarantees first."',
    "Security guarantees",
    "Andrii Sybiha",
)
P(
    "s34g:person-apposed-long-in-address-colon",
    'Somalia\'s president, Hassan Sheikh Mohamud, in an address to parliament on the second day of the session: "Al-Shabaab will be defeated this year."',
    "Al-Shabaab will be",
    "Hassan Sheikh Mohamud",
)
P(
    "s34g:words-of-person-long-colon",
    'The words of Brigadier General Nabil Abdallah, the spokesman of the Sudanese Armed Forces, on Saturday night: "Khartoum is free."',
    "Khartoum is free",
    "Nabil Abdallah",
)
P(
    "s34g:person-long-role-posted-colon",
    'Mykhailo Podolyak, an adviser to the head of Ukraine\'s presidential office, posted on Telegram late on Tuesday: "Moscow only understands force."',
    "Moscow only",
    "Mykhailo Podolyak",
)
P(
    "s34g:reply-of-state-colon",
    'The reply of Rwanda\'s government, through its spokeswoman Yolande Makolo, was swift: "These accusations are baseless."',
    "These accusations",
    "Yolande Makolo",
)
# before the quote: relative clauses, clefts, opening participles with other actors
P(
    "s34t:post-on-x-formerly-twitter-minister-wrote",
    'In a post on X, formerly Twitter, Ukraine\'s Foreign Minister Andrii Sybiha wrote: "Russia has rejected every peace initiative."',
    "Russia has rejected",
    "Andrii Sybiha",
)
P(
    "s34t:writing-on-telegram-official-said",
    'Writing on Telegram, Russian-installed official Vladimir Rogov said Ukrainian forces had "lost the initiative" in Zaporizhzhia.',
    "lost the initiative",
    "Vladimir Rogov",
)
P(
    "s34t:group-in-a-statement-said-colon",
    'Hezbollah, in a statement, said: "Our fighters targeted an Israeli tank in Kfar Kila."',
    "Our fighters targeted",
    "Hezbollah",
)
P(
    "s34t:state-military-which-says-said-colon",
    'Israel\'s military, which says it targets only Hamas militants, said in a statement: "The strike hit a command centre."',
    "The strike hit",
    "Israel",
)
P(
    "s34t:whose-brother-killed-by-group-told",
    'Adam Yahya, whose brother was killed by the RSF in El Geneina, told Al Jazeera: "They shot him in front of our mother."',
    "They shot him",
    "Adam Yahya",
)
P(
    "s34t:among-them-was-who-said",
    'Hundreds gathered at the funeral in Jenin. Among them was Rania Khalil, a nurse from Tulkarem, who said: "We bury our children every week."',
    "We bury our",
    "Rania Khalil",
)
P(
    "s34t:one-of-them-apposed-told",
    'Dozens of fishermen have been detained by Eritrea. One of them, Ali Osman, told the BBC: "They beat us every day."',
    "They beat us",
    "Ali Osman",
)
P(
    "s34t:asked-by-reuters-whether-state-said",
    'Asked by Reuters whether Ethiopia would send troops to Somalia, Redwan Hussien said: "That decision has not been made."',
    "That decision",
    "Redwan Hussien",
)
P(
    "s34t:cleft-it-was-X-who-put-it",
    'It was Martin Griffiths, the UN aid chief, who put it most starkly: "Sudan is being destroyed."',
    "Sudan is being",
    "Martin Griffiths",
)
P(
    "s34t:like-many-blames-group-colon",
    'Like many in Goma, Jean-Claude Bahati, 34, blames the M23 and Rwanda: "They came to take our minerals."',
    "They came to take",
    "Jean-Claude Bahati",
)
P(
    "s34t:pressed-by-reporters-told-them",
    "Pressed by reporters on the Taliban's ban on girls' schools, Zabihullah Mujahid told them: \"It is a temporary measure.\"",
    "It is a temporary",
    "Zabihullah Mujahid",
)
P(
    "s34t:person-who-leads-org-in-state-said-partial",
    'Sara Beysolow Nyanti, who leads the UN\'s humanitarian work in Sudan, said the RSF siege had left El Fasher "on the brink of famine".',
    "on the brink",
    "Sara Beysolow Nyanti",
)
P(
    "s34t:after-state-accused-group-person-said-colon",
    'Pakistan accused the Tehreek-e-Taliban Pakistan of the attack. Khyber Pakhtunkhwa police chief Akhtar Hayat Gandapur said: "The militants crossed from Afghanistan."',
    "The militants crossed",
    "Akhtar Hayat Gandapur",
)
P(
    "s34t:X-said-while-Y-said-second",
    'Kenyan police said two officers were wounded, while Haiti\'s prime minister, Garry Conille, said: "The gangs will not win."',
    "The gangs will not",
    "Garry Conille",
)
# before the quote: pronouns and descriptions opening the attribution
P(
    "s34u:she-told-after-other-person-object",
    'Nour Haddad, a doctor, treated the wounded in Deir al-Balah. She told the BBC about her colleague Ahmed Salem: "He worked for 48 hours without sleep."',
    "He worked for",
    "Nour Haddad",
)
P(
    "s34u:he-said-after-she-subject-other",
    'Yusuf Bala drove the ambulance. His wife, Hadiza, waited at home. He said: "The road was full of bodies."',
    "The road was full",
    "Yusuf Bala",
)
P(
    "s34u:the-ministry-said-colon-after-state-body",
    'Iraq\'s interior ministry announced new arrests on Monday. The ministry said: "Twelve members of Islamic State were detained."',
    "Twelve members",
    "Iraq",
)
P(
    "s34u:the-group-said-in-statement-colon-after-two-groups",
    'The Houthis and Hezbollah both claimed attacks on Israel on Sunday. The Yemeni group said in a statement: "We fired a hypersonic missile at Jaffa."',
    "We fired a",
    "Houthis",
)
P(
    "s34u:the-official-told-after-named",
    'Sudan\'s army chief Abdel Fattah al-Burhan visited Khartoum. A senior official who travelled with him told AFP: "The general wants to show the war is won."',
    "The general wants",
    None,
)
P(
    "s34u:the-mayor-said-colon-named-before",
    'Vitali Klitschko, the mayor of Kyiv, inspected the damage. The mayor said: "Three people were killed in the Darnytskyi district."',
    "Three people were",
    "Vitali Klitschko",
)
P(
    "s34u:they-said-joint-people",
    'Aid workers Lena Fischer and Tomas Novak were freed by the Houthis on Friday. They said in a joint statement: "We are grateful to the mediators."',
    "We are grateful",
    "Lena Fischer",
)
P(
    "s34u:its-spokesman-said-colon-after-body",
    'The UN Relief and Works Agency warned of disease in Gaza. Its spokesman said: "Garbage is piling up in the streets."',
    "Garbage is piling",
    "UN Relief and Works Agency",
)
P(
    "s34u:they-told-after-british-journalists",
    'British journalists Emma Hart and Daniel Cole were released by Taliban authorities in Kabul. They told Sky News: "We were treated with respect."',
    "We were treated",
    "Emma Hart",
)
P(
    "s34u:they-said-after-local-residents-named",
    'Local residents Musa Garba and Ali Yakubu found the bodies near Zurmi. They said: "Bandits killed them at night."',
    "Bandits killed",
    "Musa Garba",
)
P(
    "s34u:they-said-after-plural-body-not-people",
    'The Rapid Support Forces and the Sudanese army traded blame for the shelling of El Obeid. They said: "The other side started it."',
    "The other side",
    "Rapid Support Forces",
)
P(
    "s34u:they-said-after-palestinian-doctors",
    'Palestinian doctors Khaled Saeed and Rami Nasser worked at al-Shifa until it was raided. They said in a joint interview: "We saw patients die in the corridors."',
    "We saw patients",
    "Khaled Saeed",
)
# headline quotes in several house styles
P(
    "s34v:headline-role-colon-quote",
    "UN aid chief: 'Gaza is a graveyard for children'\n\nGENEVA \u2013 The UN's humanitarian chief Tom Fletcher said on Tuesday that Gaza was \"a graveyard for children\" and called for an immediate ceasefire.",
    "Gaza is a graveyard",
    "Tom Fletcher",
)
P(
    "s34v:headline-state-says-partial",
    "Ukraine says Russia 'deliberately' hit Kharkiv hospital\n\nKYIV (Reuters) - Ukraine's foreign ministry said on Monday that Russia had \"deliberately\" struck a children's hospital in Kharkiv.",
    "deliberately",
    "Ukraine#2",
)
P(
    "s34v:headline-quote-then-say-residents",
    "'We eat leaves,' say El Fasher residents as siege tightens\n\nEL FASHER, Sudan (AP) \u2014 Residents of El Fasher said on Friday that they were surviving on leaves and animal feed. \"We eat leaves,\" said Hawa Abdallah, a mother of five.",
    "We eat leaves",
    "Hawa Abdallah",
)
P(
    "s34v:headline-name-colon-quote",
    "Zelensky: 'We will not give up Donbas'\n\nUkrainian President Volodymyr Zelensky said on Sunday: \"We will not give up Donbas, whatever the pressure.\"",
    "We will not give up Donbas",
    "Volodymyr Zelensky",
)
P(
    "s34v:headline-full-quote-body-partial",
    "'This is a war crime,' says UN rights chief after Darfur massacre\n\nGENEVA (AFP) \u2013 UN rights chief Volker T\u00fcrk on Thursday called the killings in Darfur \"a war crime\" and demanded an inquiry.",
    "This is a war crime",
    "Volker T\u00fcrk",
)
P(
    "s34v:headline-quote-body-partial-other-speaker-first",
    'Sudan: \'The world has abandoned us,\' say El Fasher doctors\n\nThe army said the RSF had shelled the hospital "without pause". Dr. Omar Selik said the world had "abandoned us" to the militia.',
    "The world has abandoned",
    "Omar Selik",
)
P(
    "s34v:headline-quote-body-two-word-partial-no-link",
    "Kenya: 'Police shot at us' say protesters\n\nNAIROBI \u2013 Protesters said police \"shot at\" them during the march, Amnesty Kenya said.",
    "Police shot at us",
    None,
)
# NGO releases and UN briefing notes
P(
    "s34w:ngo-said-X-long-title-after",
    '"The authorities must release all those detained for peaceful protest," said Tigere Chagutah, Amnesty International\'s Regional Director for East and Southern Africa.',
    "The authorities must",
    "Tigere Chagutah",
)
P(
    "s34w:ngo-said-dr-X-role-in-place",
    '"Our teams are seeing children with gunshot wounds every day," said Dr. Mohammed Saeed, MSF medical coordinator in Port Sudan.',
    "Our teams are seeing",
    "Mohammed Saeed",
)
P(
    "s34w:un-briefing-representative-apposed-colon",
    'UNHCR\'s Representative in Chad, Laura Lo Castro, said: "Refugees are arriving exhausted and traumatised."',
    "Refugees are arriving",
    "Laura Lo Castro",
)
P(
    "s34w:un-briefing-speaking-at-briefing-spokesperson",
    'Speaking at the regular press briefing in Geneva, OCHA spokesperson Jens Laerke said the convoy had been "looted by armed men".',
    "looted by armed",
    "Jens Laerke",
)
P(
    "s34w:ngo-release-quote-then-continued-paragraph",
    '"Civilians in El Fasher are trapped between two armies," said Jan Egeland, Secretary General of the Norwegian Refugee Council.\n\n"The world is watching a massacre in slow motion."',
    "The world is watching",
    "Jan Egeland",
)
P(
    "s34w:un-news-style-told-un-news",
    'Speaking to UN News from Port Sudan, Clementine Nkweta-Salami, the UN Resident Coordinator, said: "We need access now."',
    "We need access",
    "Clementine Nkweta-Salami",
)
P(
    "s34w:ngo-release-said-X-of-org",
    '"Families have nothing left to sell," said Shashwat Saraf of the International Rescue Committee.',
    "Families have nothing",
    "Shashwat Saraf",
)
P(
    "s34w:press-release-statement-attributed-to",
    'A statement attributed to the spokesperson for the Secretary-General read: "The Secretary-General condemns the attack on peacekeepers."',
    "The Secretary-General condemns",
    None,
)

if __name__ == "__main__":
    only = sys.argv[1] if len(sys.argv) > 1 else ""
    bad = 0
    for cls, text, quote, want in PROBES:
        if only and only not in cls:
            continue
        found = suggest(text, gazetteer=G)
        qs = [s for s in found if s.label == "QUOTE" and text[s.start : s.end].startswith(quote)]
        if not qs:
            print(f"NOQUOTE {cls}: {quote!r}")
            bad += 1
            continue
        sp = qs[0].speaker
        exp = occ(text, want)
        ok = (sp is None and exp is None) or (
            sp is not None and exp is not None and tuple(sp) == exp
        )
        if not ok:
            bad += 1
            actors = [text[s.start : s.end] for s in found if s.label == "ACTOR"]
            print(f"MISS {cls}: want {want} got {show(text, sp)}  actors={actors}")
    print(f"{bad} misses of {len(PROBES)}")
