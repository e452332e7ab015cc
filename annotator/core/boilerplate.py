"""Page furniture around a scraped article: newsletter promotions, sign-up and
republishing notices, "Read more" lists, copyright lines and share buttons.

`boilerplate_ranges(text)` finds it at the start and at the end of a text, and
inline "Also read:" links in the body, by the shape of its lines, never by a
site's own markup. Suggestions skip these
ranges; a view can grey them and an export can leave them out. Offsets are
code points, end exclusive.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Final

from annotator.core.compiled_patterns import compile_pattern

# A line that is furniture on its own. Compiled when first used (`_furniture`): it takes
# a few milliseconds, and opening the window detects no furniture (it is stored).
#
# The alternatives that may match anywhere in the line are one scan of it (`.*?` and
# their words), not one scan each, and the e-mail address is looked for only in a line
# with an "@" (a lookahead in the same pattern and flags: what matches is unchanged).
# A line is matched from its start, so the rest are tried at its first word only.
_FURNITURE_PATTERN: Final = r"""(?:
      .*?(?:\b(?:newsletters?\b | (?:in|to)\s+your\s+inbox\b | all\s+rights\s+reserved\b
                | republishing\b | unsubscribe\b | reply\s+to\s+this\s+e-?mail\b
                | listen\s+(?:on\s+shortwave|live|online)\b | become\s+a\s+fan\b
                | google\s+news\b | offered\s+to\s+(?:our\s+)?subscribers\b
                | if\s+you\s+(?:value|like|enjoy|appreciate)\s+(?:this|our)\s+(?:reporting
                  |journalism|work|story|article)\b)
            | ,\s+opens\s+new\s+tab$
            # where a body's documents are kept, closing a report or a release ("OCHA
            # reports are available at www.unocha.org/drc | reliefweb.int"): an address ends it
            | \b(?:available|accessible)\s+(?:at|on|from|via)\s*:?\s+(?:https?://)?
              [\w-]+(?:\.[\w-]+)+(?:/[\w./?=&%#-]*[\w/])?
              (?:\s*[|,]\s*(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[\w./?=&%#-]*[\w/])?)*$)
    | sign\s+up\b | subscribe\b | unsubscribe\b
    | join\s+(?:the\s+|our\s+)?.{0,40}?\b(?:whatsapp|telegram|signal|viber)
      \s+(?:channel|group|community)\b
    | delivered\s+(?:every|each|daily|weekly)\b | get\s+(?:the|our)\s+(?:latest|app)\b
    | read\s+more\b | more\s+(?:about|on|from|in)\b | related\b | see\s+also\b | recommended\b
    | most\s+read\b | more\s+stories\b | explore\s+more\s+(?:on|about|from|in|stories)\b
    | continue\s+reading$ | you\s+may\s+also\s+(?:like|be\s+interested\s+in)\b
    | editor'?s\s+picks?\b
    | share\b | facebook$ | twitter$ | x$ | e-?mail$ | whatsapp$ | linkedin$ | telegram$
    | reddit$ | copy\s+link$ | print$ | comments?$ | \d+\s+comments?$
    | \u00a9 | \(c\)\s | copyright\b
    | republish | this\s+(?:article|story)\s+(?:was|is|has\s+been|may\s+be)
      \s+(?:originally\s+|first\s+)?(?:published|republished|produced)\b
    | topics?\s*: | tags?\s*: | keywords?\s*: | categor(?:y|ies)\s*: | short\s+url$
    | (?:https?://|www\.)\S+$ | filed\s+under\b | advertisement$ | follow\s+us\b
    | (?:download|get)\s+(?:the|our)\s+(?:[\w'\u2019&.-]+\s+){0,5}app\b
    | note\s+from\s+the\s+(?:author|editor)s?\b
    | if\s+you\s+(?:see|spot|find|notice)\s+(?:a|an)\s+(?:mistake|error|typo)\b
    | listen\s+to\s+this\s+article\b
    | \d+\s+min(?:ute)?s?\s+read$ | click\s+here\b
    | support\s+(?:[\w'\u2019&.-]+\s+){1,3}journalism\b
    | join\s+(?:us|[\w'\u2019&.-]+(?:\s+[\w'\u2019&.-]+){0,3})\s+on\s+(?:whatsapp|telegram|signal
      |viber|facebook|x|twitter|instagram|youtube|tiktok)\b
    | (?:first|originally)\s+published\s+(?:in|by|on)\b
    | this\s+(?:article|story|report)\s+(?:first|originally)\s+appeared\s+(?:in|on)\b
    | (?:posted|filed)\s+in\s*:?\s*[^.!?]{0,60}$ | disclaimer\s*:
    | print\s+this\s+(?:article|story|page)$
    | like\s+this\s*:$ | like\s+loading\b | trending(?:\s+now)?$ | latest\s+news$
    | (?:send|share)\s+(?:us\s+)?your\s+(?:news\s+)?(?:tips?|stories|story|news)\b
    | have\s+a\s+(?:news\s+)?(?:story|tip)\b.{0,80}\bcontact\b | advertise\s+with\b
    | become\s+a\s+(?:member|subscriber|supporter|patron)\b
    | source\s*:\s*.{0,60}$ | listen\s+to\s+this\s+(?:article|story)\b
    | follow\s+.{0,40}?\b(?:on\s+(?:x|twitter|facebook|instagram|youtube|telegram|whatsapp)
      |coverage)\b | [_*=~-]{2,}(?:\ ?[\w.]{2,20})?$
    | comments?\s+(?:are\s+(?:moderated|closed)|posted\s+(?:here|on\s+this\s+site)|policy\b)
    | comments?\s*\(\d+\) | the\s+views\s+(?:and\s+opinions\s+)?expressed\b
    | view\s+(?:this\s+)?(?:e-?mail|newsletter|message)\s+in\s+(?:your\s+|a\s+)?(?:web\s+)?browser\b
    | forwarded\s+this\s+(?:e-?mail|newsletter|message)\b
    | [\w'\u2019&.\ -]{1,40}?\s+is\s+now\s+on
      \s+(?:whatsapp|telegram|signal|viber|google\s+news)\b
    | join\s+our\s+(?:whatsapp\s+|telegram\s+)?(?:channel|community)\b
    | support\s+(?:us|our\s+(?:work|reporting|newsroom))\b
    | commenting\s+(?:on|for)\s+this\s+(?:story|article)\b
    | (?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article)\b
    | (?:open|close|toggle|main|site)\s+(?:menu|navigation)$ | navigation$
    | home(?:\s*page)?$ | (?:sign|log)\s+(?:in|out)$ | my\s+account$
    | menu$ | search$
    | save$ | saved$ | bookmark$ | gift\s+(?:this\s+)?article$ | sponsored\b
    | suggested\s+(?:topics|reading|stories)\b | our\s+standards\s*: | top\s+stories$
    | purchase\s+licensing\s+rights\b | also\s+read\b | read\s+also\b
    | editor\s*:\s*[^.!?]{0,60}$
    | (?:we|this\s+site)\s+uses?\s+cookies\b | accept\s+(?:all\s+)?cookies\b
    | privacy\s+policy$ | terms\s+of\s+(?:use|service)$ | report\s+an\s+error$
    | (?:last\s+)?updated\s*(?::|on\b|at\b|\d|.{0,30}\bago$)
    # (never one closed by its outlet's credit: "Published on 4 December 2026 | L'X", "...
    # at 17h51 by APA-Kinshasa (DR Congo)", tagged as a byline is)
    | published\s*(?::|on\b|at\b|\d)(?![^\n]*(?:\sby\s|\s\|\s)(?-i:[A-Z])[^|\d\n]*$)
    | published\s+in\s+.{1,40}\b\d{4}$ | catch\s+up\s+on\b
    | (?-i:[A-Z]{2,5}(?:\ [A-Z]{2,4}){2,5})$
    | posted\s+(?:on|at)\b
    | (?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}\s+[a-z]+\s+\d{4}\b.{0,20}$
    | (?:(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?
      \d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}
      (?:\s*[,|\u2022-]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5})?)?$
    | (?:(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?
      (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}
      (?:\s*[,|\u2022-]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5})?)?$
    | burs?-[a-z]{2,5}(?:[-/][a-z]{2,5})*$ | [a-z]{2,5}(?:-[a-z]{2,5})?/[a-z]{2,5}(?:/[a-z]{2,5})*$
    | (?-i:(?:dpa|EFE|AFP|ANSA|Xinhua|AA|AP)\ (?:[a-z0-9]{1,4}(?:/[a-z0-9]{1,4})+
      |[a-z0-9]{1,4}(?:[/\ ][a-z0-9]{1,4}){2,7}))$
    | (?:for\s+(?:more|further)\s+information\b.{0,40}?,?\s+)?(?:please\s+)?contact\s*:
    | for\s+(?:more|further)\s+information\b.{0,60}?\bcontact\b
    | (?:media|press)\s+(?:contacts?|enquiries|inquiries)\b | send\s+us\s+your\s+feedback\b
    | edited\s+by\s+[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3}\.$
    | (?:image|photo|picture|photograph)(?:\s+(?:credit|courtesy))?\s*:
      \s*(?:[^.!?]|\.(?=\w)){0,100}$
    | (?:image|photo|picture|photograph)s\s*:\s*(?:\S+\s+){0,3}\S+$
    # a report's or a meeting's documents listed as links ("Annex: List of participants
    # (PDF) | Webcast", "Report (PDF, 2 MB) | Summary (PDF)"): a label, or a file's kind in
    # brackets closing one of the items a bar divides
    | (?:documents?|annex(?:es)?|attachments?|downloads?)\s*:
    | (?=[^\n]*\s\|\s)(?:[^|\n]*\|\s*)*[^|\n]*?\((?:pdf|docx?|xlsx?|pptx?)\b[^)\n]{0,30}\)
      \s*(?:\|[^\n]*)?$
    | \(translat(?:ion|ed)\s+(?:of|from|by)\b.{0,160}$
    # ... and without brackets, on a line of its own ("Translated from Russian by X",
    # "Translated from Kurdish (Sorani) by X's desk", "Translated from French. Read the
    # original on ..."): the translator is no byline
    | translated\s+from\s+(?-i:[A-Z])[\w-]+(?:\s+\((?-i:[A-Z])[^()\n]{1,30}\))?
      (?:\s+by\s+[^.!?\n]{1,60})?\.?
      (?:\s+read\s+the\s+original\b[^\n]{0,80})?$
    | translated\s+by\s+[^.!?\n]{1,60}\.?$
    | \(?(?:additional\s+)?(?:reporting|writing|editing|analysis)\s+by\b(?!.*[.!?]$)
    | for\s+more\s+.{0,80}?(?:please\s+)?visit\b | \[[a-z][a-z\s]{2,30}\]$
    | (?:an?\s+)?(?:[\w'\u2019&.-]+\s+){1,4}(?:writers?|staff)\s+.{0,80}?
      \bcontributed\s+to\s+this\s+(?:report|story|article)\b
    # ... or "contributed." alone, as the AP closes a story ("<Agency> writer X in Y, Z,
    # contributed."): names, "in", "and", "from" and commas only between, so that prose
    # ("Kenyan staff at the clinic, said X, contributed.") stays text
    | (?:an?\s+)?(?:[\w'\u2019&.-]+\s+){1,4}(?:writers?|staff)\s+
      (?:(?:(?-i:[A-Z])[\w'\u2019.-]*|in|and|from)[\s,]+){1,16}contributed\.?$
    | \(?with\s+inputs?\s+from\s+[^()\n]{1,60}\)?$
    | (?=[^@]*@)(?!.*[.!?]["\u201d]?$).{0,80}[\w.+-]+@[\w-]+\.[a-z]{2,}\b.{0,40}$
    )"""


# A site's navigation line, as a page's <nav> becomes text. Either items of one to three
# words (letters first) between separators, three or more ("Home | World | Africa"), two
# or more between breadcrumb arrows ("World › Africa"), or after "Home" ("Home / World"),
_NAV_ITEM: Final = r"[^\W\d_][\w'\u2019&.-]*(?:\ (?:[^\W\d_]|&)[\w'\u2019&.-]*){0,2}"
_NAV_SEPARATOR: Final = r"[|/\u2022\u00b7\u203a\u00bb>]"
_NAV_ITEMS: Final = (
    # (Never a byline: "By Amira Saleh | Meridian Wire | Kassala" names the outlet.)
    r"(?!.*\bby\b)"
    rf"(?:{_NAV_ITEM}\s*[|\u2022\u00b7]\s*){{2,}}{_NAV_ITEM}$"
    rf" | (?:{_NAV_ITEM}\s*[\u203a\u00bb>]\s*)+{_NAV_ITEM}$"
    rf" | home\s*{_NAV_SEPARATOR}\s*(?:{_NAV_ITEM}\s*{_NAV_SEPARATOR}\s*)*{_NAV_ITEM}$"
    # a section and a date stamp ("Society | 04.12.2026, 16:42 | 8,219 views")
    rf" | {_NAV_ITEM}\s*\|\s*\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}\b.{{0,30}}$"
)
# or three or more of a site's section and account links with nothing else ("Home World
# Subscribe"): no headline is made of these words alone.
_NAV_WORD: Final = r"""(?:home|world|news|latest|live|politics|business|economy|markets
    |opinion|sports?|culture|arts|science|tech(?:nology)?|health|climate|environment
    |video|videos|podcasts?|photos|features|investigations|lifestyle|travel|weather
    |africa|asia|europe|americas|middle\s+east|us|uk|subscribe|newsletters?|search|menu
    |more|sign\s+in|log\s+in|login|register|donate|about(?:\s+us)?|contact(?:\s+us)?)"""
_NAV_WORDS: Final = (
    rf"(?:{_NAV_WORD}\s+){{2,}}{_NAV_WORD}$"
    # or a site section and its subsection ("News | Security"): no headline opens so
    rf" | {_NAV_WORD}\s*[|/\u2022\u203a\u00bb>]\s*{_NAV_ITEM}$"
)


@functools.cache
def _furniture() -> re.Pattern[str]:
    """The furniture pattern (navigation lines aside: `_navigation`). Built by
    `compile_pattern`, from the form an earlier process kept when there is one: made on
    the session's first article, outside the rules' import, `re.compile` compiled it
    there every session (about 11 ms of that article's wait; perf70)."""
    return compile_pattern(_FURNITURE_PATTERN, re.IGNORECASE | re.VERBOSE)


@functools.cache
def _navigation() -> re.Pattern[str]:
    """A site's navigation line: furniture only at the top of the page; in the body and
    at its end, "Province | Killed | Wounded" heads a table of the article. (Its own
    pattern: the furniture pattern is compiled once, not once with it and once without.)"""
    return compile_pattern(f"(?:{_NAV_ITEMS} | {_NAV_WORDS})", re.IGNORECASE | re.VERBOSE)


# A link title between furniture lines: short and without a closing full stop.
_MAX_TITLE_CHARS: Final = 90
# ... and after an inline link's heading ("Read more: What is ..., the gang alliance ...?").
_MAX_LINK_CHARS: Final = 160
# A section name in the breadcrumbs above a headline ("World", "Middle East"): one or
# two words, no digits, no closing punctuation. A headline has more words than that.
_MAX_CRUMB_WORDS: Final = 2
_MAX_CRUMB_CHARS: Final = 25
# A site's name alone on the page's first line, above its navigation ("Imphal Free Press\n
# Home / Manipur", "Carta de Moçambique\nHome / Politics", "X Center for News and Studies\n
# Home » News"): up to four words, capitalised but for a particle, no digits and no
# punctuation closing it.
_MASTHEAD: Final = re.compile(
    r"[^\W\d_][\w'\u2019&.-]*(?: (?:(?:de|da|do|des|del|du|la|le|of|the|al|el|for|and) )?"
    r"[^\W\d_a-z][\w'\u2019&.-]*){1,3}"
)
# A section and its subsection on the page's first or second line ("Politics | Georgia",
# "NEWS | North-West" under a masthead): a pair of navigation items, where lower down the
# page two items divided by a bar may be anything ("Name | Outlet").
_SECTION_PAIR: Final = re.compile(rf"(?!(?i:by)\b){_NAV_ITEM}\s*[|\u2022\u00b7]\s*{_NAV_ITEM}")
# `_is_masthead`'s limits: a short site name over any furniture below it ("Outlet24 |
# English edition", digits and a bar allowed); `_MASTHEAD` takes four words over navigation.
_MAX_MASTHEAD_WORDS: Final = 3
_MAX_MASTHEAD_CHARS: Final = 30
# How far down the page the furniture between a headline and the body is looked for
# (a date line, "Published on ...", "Updated ...", share buttons), in lines.
_HEAD_LINES: Final = 12


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, trimmed of surrounding whitespace."""
    # From a line's first non-space character to its last (`\s` is `str.isspace`).
    return [match.span() for match in _LINE.finditer(text)]


_LINE: Final = re.compile(r"\S(?:[^\n]*\S)?")


_MAX_FURNITURE_CHARS: Final = 200
_MAX_PROMOTION_CHARS: Final = 400
# An outlet's line about itself closing the page ("Lakeside Herald is an independent
# newspaper based in Kisumu."), and its reporter's ("Joseph Kamau is a senior reporter at
# the Lakeside Herald.", "The author is a correspondent for ..."): the story's production
# record, like a wire's credit line. Bottom only, and only on a line holding " is ".
_SELF_DESCRIPTION: Final = re.compile(
    r"""(?:(?-i:(?:The\ )?[A-Z][\w'\u2019&.-]*
        (?:\ (?:[A-Z0-9][\w'\u2019&.-]*|de|da|del|van|bin)){0,4})
      |the\s+(?:author|writer))
      \s+is\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w-]+,?\s+){0,4}?
      (?:news(?:papers?|rooms?|\s+(?:site|website|outlet|agency|portal|platform|service
        |organi[sz]ation)s?)|dail(?:y|ies)|weekl(?:y|ies)|magazines?|publications?
      |broadcasters?|radio\s+stations?|media\s+(?:outlet|organi[sz]ation|house|company|platform)
      # a network of those who report ("a network of independent ethnic media", "a network
      # of citizen journalists"), never of anything else ("a network of local associations")
      |network\s+of\s+(?:[\w-]+,?\s+){0,3}?(?:media|journalists|reporters|correspondents
        |newsrooms|outlets|broadcasters|radio\s+stations|news\s+\w+)
      # (a reporter's bio says where: "a reporter at", "a journalist based in", not "Chad is
      # the largest contributor of troops")
      |(?:reporter|correspondent|journalist|editor|writer|columnist|contributor
        |photojournalist)\s+(?:at|for|with|based|covering|who)\b
      # ("a Kupwara-based correspondent of Greater Kashmir": never "a contributor of troops")
      |(?:reporter|correspondent|journalist|editor|columnist)\s+of\b)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# An outlet's note on its own practice closing the page ("The AP corrects errors promptly.
# To report an error, ...", "X's reporting from inside Y relies on sources who ... Their
# names are withheld", "Translated from the Spanish by the X newsroom."): the story's
# production record, like a translator's line. Bottom only, from the line's first character.
_OWN_PRACTICE: Final = re.compile(
    r"""(?:[^.!?\n]{0,60}?\b(?:corrects\s+(?:its\s+)?errors|to\s+report\s+an?\s+errors?\b
        |reporting\s+(?:from|in|on)\b[^.!?\n]{0,60}?\brel(?:ies|y)\s+on\s+(?:local\s+)?sources)
      |translated\s+from\s+the\s+(?-i:[A-Z])[\w-]+\s+by\s)""",
    re.IGNORECASE | re.VERBOSE,
)
# A wire's or outlet's sign-off on the last lines: an agency's acronym alone, its name in
# brackets with its sources ("(FRANCE 24 with AFP)", "(AFP/Reuters)"), after a dash.
# (a particle between its words: "(Club of Mozambique / Lusa)")
_SIGN_OFF_NAME: Final = r"[A-Z][\w.-]*(?: (?:(?:of|de|du|da|do|la|le|the) )?[A-Z0-9][\w.-]*){0,2}"
_SIGN_OFF: Final = re.compile(
    # (desk initials too: "JCS // PM")
    rf"[A-Z]{{2,6}}(?: ?//? ?[A-Z]{{2,6}}){{0,3}}"
    rf"|\({_SIGN_OFF_NAME}(?:(?: with | and |, ?| ?/ ?){_SIGN_OFF_NAME})*\)"
    rf"|[\u2014\u2013] ?{_SIGN_OFF_NAME}"
)
# A credit line closing the page, whatever the role it credits ("Written by X. Edited by
# Y.", "Text and photos by X", "Story by X, Kora Herald", "Produced by the Kora Herald's
# conflict desk"): names, a desk's words and the roles' own between. Bottom only: under
# the headline the same line is the story's byline, which the guideline tags.
_CLOSING_CREDIT: Final = re.compile(
    r"""\(?(?:additional\s+)?(?:written|text|words|story|photos?|photographs?|pictures|video
      |graphics|illustrations?|interviews?|compiled|produced|edited|reported|reporting|writing
      |editing|research|translation|design|maps?|data|fact-check(?:ed|ing)?)
      (?:\s*(?:and|&|,)\s*[a-z-]+){0,3}\s+by\s*:?\s+
      (?:(?-i:[A-Z])[\w'\u2019.-]*|['\u2019]s|in|and|for|from|with|of|the|at|by|de|da|del|van
        |bin|(?:[a-z-]+\s+)?(?:desk|newsroom|bureau|staff|team|unit)|[a-z]+\s+by|[,;.|&/()]|\s)+$""",
    re.IGNORECASE | re.VERBOSE,
)
# The words a promotion or a link opens with, among a bottom line's items divided by bars.
_PROMOTION: Final = re.compile(
    r"(?i:follow|join|sign\s+up|subscribe|share|read|download|listen|watch|more|press|media|become"
    r"|contact|support|click)\b"
)


def _is_furniture(
    text: str, line: tuple[int, int], top: bool = False, bottom: bool = False
) -> bool:
    """The line matches a furniture pattern from its first character (match at pos);
    navigation lines only in the block above the headline (`top`); at the bottom of the
    page, from the first character of any of its items separated by " | " too ("Persian
    version of this report | Follow Radio X on Telegram": links side by side on one line)."""
    # A long paragraph that mentions a newsletter is prose, not a promotion; at the bottom,
    # a promotion's own paragraph may run longer ("Support our journalism and become more
    # involved in our community. Help us deliver ...").
    if line[1] - line[0] > _MAX_FURNITURE_CHARS:
        return (
            bottom
            and line[1] - line[0] <= _MAX_PROMOTION_CHARS
            and (
                (
                    _PROMOTION.match(text, line[0], line[1]) is not None
                    and _furniture().match(text, line[0], line[1]) is not None
                )
                or _closes_with_an_appeal(text, line)
            )
        )
    if _furniture().match(text, line[0], line[1]):
        return True
    if bottom:
        item = text.find(" | ", line[0], line[1])
        while item >= 0:
            # (a promotion's opening word first: a date or a name after a bar is no link)
            if _PROMOTION.match(text, item + 3, line[1]) and _furniture().match(
                text, item + 3, line[1]
            ):
                return True
            item = text.find(" | ", item + 3, line[1])
        # or from the second of two sentences ("X is an independent newsroom. Support our
        # journalism."); a longer paragraph (an "About us" text) is the page's own
        item = text.find(". ", line[0], line[1])
        if (
            item >= 0
            and text.find(". ", item + 2, line[1]) < 0
            and _PROMOTION.match(text, item + 2, line[1])
            and _furniture().match(text, item + 2, line[1])
        ):
            return True
        if _closes_with_an_appeal(text, line):
            return True
        if text.find(" is ", line[0], line[1]) >= 0 and _SELF_DESCRIPTION.match(
            text, line[0], line[1]
        ):
            return True
        if _OWN_PRACTICE.match(text, line[0], line[1]):
            return True
        if _CLOSING_CREDIT.match(text, line[0], line[1]):
            return True
        # or a wire's sign-off closing the story ("EFE", "(FRANCE 24 with AFP)", "— AFP"),
        # which under the headline is the story's credit line and is tagged
        if _SIGN_OFF.fullmatch(text, line[0], line[1]):
            return True
    return top and bool(_navigation().match(text, line[0], line[1]))


# The words an appeal to the reader opens with (`_closes_with_an_appeal`): not a link's or
# a contact's ("Read more", "Media enquiries: ..." close an "About us" text, which stays the
# page's own unless furniture follows it).
_APPEAL: Final = re.compile(r"(?i:support|become|subscribe|sign\s+up|join)\b")
# (an opening single mark too: "\u2018...,\u2019 she said"; never "\u2019", an apostrophe)
_QUOTE_MARKS: Final = frozenset('"\u201c\u201d\u00ab\u00bb\u201e\u2018')


def _closes_with_an_appeal(text: str, line: tuple[int, int]) -> bool:
    """A bottom paragraph of a few sentences whose last one asks the reader for support
    ("Hi, this is X, and I wrote this story. We rely on readers like you. Become a member of
    the Y today."): a reporter's or an outlet's appeal, furniture as a whole. A story's
    own last paragraph ends with what someone said or did, never with "Become a member",
    "Support our journalism" or "Subscribe to ..."."""
    start, end = line
    last = max(text.rfind(mark, start, end - 1) for mark in (". ", "! ", "? "))
    return (
        last >= 0
        # (never a quote's words: '"Nobody has come. Support us," she told reporters.')
        and not _QUOTE_MARKS.intersection(text[start:end])
        and _APPEAL.match(text, last + 2, end) is not None
        and _furniture().match(text, last + 2, end) is not None
    )


def _is_title(text: str, line: tuple[int, int], limit: int = _MAX_TITLE_CHARS) -> bool:
    words = text[line[0] : line[1]]
    # "Who are the Sahel's armed groups?" is a link title too; a sentence ends with a stop,
    # inside its closing quote or before it, while a title may end with a quoted phrase
    # ("Officer shot in Strabane named as 'young father'")
    if len(words) > limit:
        return False
    if words[-1] in "\"'\u201d\u2019":
        return len(words) > 1 and words[-2] not in ".!?,"
    return words[-1] not in ".!"


def _is_crumb(text: str, line: tuple[int, int]) -> bool:
    words = text[line[0] : line[1]]
    return (
        len(words) <= _MAX_CRUMB_CHARS
        and len(words.split()) <= _MAX_CRUMB_WORDS
        and not any(c.isdigit() for c in words)
        and words[-1] not in ".!?:;,\"'\u201d\u2019"
    )


def _is_masthead(text: str, line: tuple[int, int]) -> bool:
    """A site's name on the page's first line ("The Daily Star", "Outlet24 | English
    edition", "MINA - Montenegrin News Agency"): a crumb's length with up to three words
    and a "|" or a spaced dash between the name and its expansion, digits allowed."""
    words = text[line[0] : line[1]]
    divided = "|" in words or _SPACED_DASH.search(words) is not None
    return (
        len(words) <= _MAX_MASTHEAD_CHARS
        and len(_SPACED_DASH.sub(" ", words).replace("|", " ").split())
        <= _MAX_MASTHEAD_WORDS + 2 * divided
        and words[-1] not in ".!?:;,\"'\u201d\u2019"
    )


# A dash with a space on each side: what divides a masthead's name from its expansion.
_SPACED_DASH: Final = re.compile(" [-\u2013\u2014] ")


# A site's name with its tagline on the page's first line, above the headline: "Daily
# Trust - Latest Nigerian News", "MINA - Montenegrin News Agency", "Burkina24 | English
# edition", "24.kg news agency", "MercoPress. South Atlantic News Agency", "Premium Times
# (Nigeria)". Furniture by itself (the guideline: a masthead alone above the headline is
# not tagged), where `_is_masthead` needs furniture under it. The tagline is words the
# outlet says of itself: capitalised words or kind words ("news", "agency", "edition"),
# a kind word last; a headline after an outlet's name ("Reuters - Gunmen kill 5")
# holds a verb or a figure in lower case and stays text. In brackets, a place or a kind
# after a name ending in a masthead's word ("Daily Trust (Nigeria)").
_MAX_TAGLINE_MASTHEAD_CHARS: Final = 60
_TAGLINE_KIND_WORDS: Final = (
    r"news|newspaper|agency|edition|online|english|french|arabic|daily|weekly|portal|website"
    r"|magazine|press|media|radio|tv|television|broadcasting|service|network|channel"
    r"|newsroom|information"
)
_TAGLINE_KIND: Final = rf"(?i:{_TAGLINE_KIND_WORDS})"
_TAGLINE_WORD: Final = (
    rf"(?:{_TAGLINE_KIND}|latest|breaking|[A-Z][^\W\d_][\w'\u2019&-]*"
    r"|of|the|and|for|in|on|from|de|du|la)"
)
# The last word of a masthead's name ("Premium Times", "Daily Trust", "Kabul Now").
_MASTHEAD_LAST: Final = (
    r"(?:News|Times|Post|Herald|Gazette|Tribune|Chronicle|Observer|Journal|Telegraph|Trust"
    r"|Courier|Mirror|Dispatch|Express|Monitor|Star|Sun|Standard|Nation|Guardian|Today"
    r"|Daily|Weekly|Voice|Now|Online|Agency|Press|Radio|TV|FM|Report)"
)
_TAGLINE_MASTHEAD: Final = re.compile(
    # the outlet's name: up to four words, the first may hold digits ("24.kg", "Burkina24")
    r"(?:The )?[^\W_][\w'\u2019&.-]*(?: [A-Z][\w'\u2019&.-]*){0,3}"
    r"(?:"
    # a separator, then a tagline of up to six words closed by a kind word
    rf"(?: [-\u2013\u2014|] | ?\| ?|: |\. )(?:{_TAGLINE_WORD} ){{0,5}}{_TAGLINE_KIND}"
    # or kind words in lower case after it ("24.kg news agency", "X online")
    rf"|(?: (?:{_TAGLINE_KIND_WORDS})){{1,3}}"
    r")"
    # or a place in brackets after a masthead's word ("Premium Times (Nigeria)") or a
    # site's one-word name ("KabulNow (Afghanistan)", "Outlet24 (Kenya)")
    r"|(?:(?:The )?(?:[A-Z][\w'\u2019&.-]* ){0,3}"
    rf"{_MASTHEAD_LAST}|[A-Z][a-z]+[A-Z][\w.-]*|[A-Z][\w.-]*\d[\w.-]*)"
    r" \([A-Z][\w-]+(?: [A-Z][\w-]+)?\)"
)


def _is_lead_furniture(text: str, lines: Sequence[tuple[int, int]], k: int) -> bool:
    """Line `k` of the block above the headline is furniture by itself: a furniture or
    navigation line, a section pair on the first two lines (nor is a section pair under
    a newsletter's browser line a headline), or a masthead with its tagline on the
    first line above another that is not the body's prose."""
    line = lines[k]
    return (
        _is_furniture(text, line, top=True)
        or (k <= 1 and _SECTION_PAIR.fullmatch(text, *line) is not None)
        or (
            k == 0
            and line[1] - line[0] <= _MAX_TAGLINE_MASTHEAD_CHARS
            # (above the headline: a first line over the body's prose is the headline,
            # "Sudan: War Hits Radio")
            and len(lines) > 1
            and not _is_prose(text, lines[1])
            and _TAGLINE_MASTHEAD.fullmatch(text, *line) is not None
        )
    )


def _is_prose(text: str, line: tuple[int, int]) -> bool:
    """A sentence of some length closed by its punctuation: a standfirst or the body."""
    start, end = line
    # The closing character first, then at most eight words counted: a body paragraph
    # is hundreds of words, and every article's first lines are asked (issue 16: the
    # .txt import's time).
    return text[end - 1] in ".!?\"'\u201d\u2019" and len(text[start:end].split(None, 7)) >= 8


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges of page furniture at the start, under the headline and at the end of `text`.

    The start block is the run of furniture lines and section names
    ("World", "Middle East") before the headline; it needs one furniture line,
    and when it would run straight into the body, its last section name is the
    headline (one or two words) and stays text.
    Under the headline, within a few lines and before the second paragraph of
    prose (the first may be a standfirst), every run of furniture lines (a date
    line, "Published on ...", "Updated 3 hours ago", share buttons) is a block
    of its own. The end block is the run of lines at
    the bottom made of furniture lines and of short link titles between them;
    it begins at its first furniture line. In the body, a link to another story
    standing alone between paragraphs ("Also read: ...", "Related: ...", a title
    without a closing full stop) is a range of its own. The headline and the body's
    prose are never inside any of them. The ranges are sorted.
    """
    lines = _lines(text)
    ranges: list[tuple[int, int]] = []
    lead = seen = 0
    while lead < len(lines) - 1:
        if _is_lead_furniture(text, lines, lead):
            seen += 1
        elif not (
            _is_crumb(text, lines[lead])
            or (
                lead == 0
                and (
                    _is_masthead(text, lines[0])
                    or (
                        _MASTHEAD.fullmatch(text, *lines[0])
                        and (
                            _is_furniture(text, lines[1], top=True)
                            # (or over a section and its subsection: "The Tala Evening
                            # Star" over "Front Page | Meghalaya")
                            or _SECTION_PAIR.fullmatch(text, *lines[1]) is not None
                        )
                    )
                )
            )
        ):
            break
        lead += 1
    if seen and _is_prose(text, lines[lead]):
        # The block runs into the body: its last section name was a short headline
        # ("Kassala shelling"), which stays text; what is under it is looked at below.
        headline = max(
            (k for k in range(lead) if not _is_lead_furniture(text, lines, k)),
            default=None,
        )
        if headline is not None:
            lead = headline
            seen = sum(_is_lead_furniture(text, lines, k) for k in range(lead))
    if not seen:
        lead = 0
    if lead:
        ranges.append((lines[0][0], lines[lead - 1][1]))
    first = None
    i = len(lines) - 1
    while i > lead:
        furniture = _is_furniture(text, lines[i], bottom=True)
        if not (furniture or _is_title(text, lines[i])):
            break
        if furniture:
            first = i
        i -= 1
    body_end = len(lines) if first is None else first
    run: int | None = None
    prose = 0
    for k in range(lead, min(body_end, lead + _HEAD_LINES) + 1):
        meta = (
            k < body_end
            and prose < 2
            and _is_furniture(text, lines[k])
            and not _is_prose(text, lines[k])
        )
        if meta:
            run = k if run is None else run
            continue
        if run is not None:
            ranges.append((lines[run][0], lines[k - 1][1]))
            run = None
        if k >= body_end:
            break
        prose += _is_prose(text, lines[k])
        if prose >= 2:
            break  # (no furniture under the headline after the second paragraph of prose)
    if first is not None:
        first = _about_block_above(text, lines, first, lead)
        ranges.append((lines[first][0], lines[-1][1]))
    # A link to another story set between two paragraphs ("Also read: Army retakes ..."),
    # and a photo's credit closing its caption ("... on Thursday. Photo: X/AFP").
    listed = lead
    for k in range(lead, body_end):
        start, end = lines[k]
        if k < listed:
            continue  # a title of the list of links above
        titles = _link_list_titles(text, lines, k, body_end)
        if titles:
            listed = k + 1 + titles
            if outside(start, lines[listed - 1][1], ranges):
                ranges.append((start, lines[listed - 1][1]))
        elif (
            text[start] in _INLINE_LINK_INITIALS
            and _INLINE_LINK.match(text, start, end)
            # (its heading says it is a link: its title may be longer than a bare one)
            and _is_title(text, lines[k], _MAX_LINK_CHARS)
            and outside(start, end, ranges)
        ):
            ranges.append((start, end))
        elif text[start] == "(" and _UPDATE_NOTE.fullmatch(text, start, end):
            ranges.append((start, end))  # a wire's "(Adds toll, minister's comment)" note
        elif (
            text[end - 1] in ")]"
            or text.find("hoto", start, end) >= 0
            or text.find("/", start, end) >= 0
            or text.find("redit", start, end) >= 0
            or text.find("ourtesy", start, end) >= 0
            or text.find("\u00a9", start, end) >= 0
        ):
            credit = _CAPTION_CREDIT.search(text, start, end)
            if credit is not None and outside(credit.start(1), end, ranges):
                ranges.append((credit.start(1), end))
    return sorted(ranges)


# The heading of an inline link: "Also read:", "Read also:", "Read more:", "Related:",
# "See also:", "Trending:", "Also on <outlet>:"; the title after it has no closing full
# stop (`_is_title`).
_INLINE_LINK: Final = re.compile(
    r"(?:also\s+read|read\s+(?:also|more)|related(?:\s+(?:story|article|news))?|see\s+also"
    r"|you\s+may\s+also\s+like|trending(?:\s+now)?"
    r"|also\s+on\s+[\w'\u2019&.-]+(?:\s+[\w'\u2019&.-]+){0,2})"
    r"\s*:\s*\S",
    re.IGNORECASE,
)
_INLINE_LINK_INITIALS: Final = frozenset("AaRrSsTtYy")
# The same heading alone on its line, with its links' titles on the lines under it ("Read
# more" over "Yemen's Houthis say ..." and "Aden's power cuts return ..."), set in the body
# as at its end: the titles are other stories' headlines, and furniture.
_LINK_LIST_HEADING: Final = re.compile(
    r"(?:also\s+read|read\s+(?:also|more)|related(?:\s+(?:stories|story|articles?|news"
    r"|coverage|content|reading))?|see\s+also|more\s+on\s+this(?:\s+(?:story|topic))?"
    r"|recommended|more\s+stories|you\s+may\s+also\s+like|further\s+reading)\s*:?",
    re.IGNORECASE,
)
# How many titles such a list holds at most (a longer run is the body's).
_MAX_LIST_TITLES: Final = 6
# A wire's note on what an update adds, on a line of its own: "(Adds EU monitors' comment,
# background)", "(Updates toll in paragraph 3)".
_UPDATE_NOTE: Final = re.compile(
    r"\((?i:adds|updates|recasts|rewrites|corrects|releads)\b[^()\n]{0,200}\)"
)
# A photo's credit at the end of its caption's line, after the caption's last word or
# stop: "Photo: X / Outlet", "(AFP photo)", "(Photo: X)", "(Credit: X)", "[X/AFP]", "[Courtesy
# of MSF]". The caption
# is text (the guideline); its credit is furniture like a credit line of its own. A
# sentence of the body ends with a stop, which no credit's words hold.
_CAPTION_CREDIT: Final = re.compile(
    r"""(?<=[\w.!?"\u201d\u2019)])\s+(
      (?i:photo|image|picture|photograph)(?i:\s+credit)?\s*:\s*[^.!?:\n]{1,80}
    | \((?:[\w'\u2019&.-]+\s+){1,3}(?i:photo)\)
    | \((?i:credit|photo|image|picture)(?i:\s+(?:credit|courtesy))?\s*:\s*[^()\n]{1,60}\)
    | \[(?i:courtesy\s+of)\s+[^\[\]\n]{1,60}\]
    | \[[A-Z][^\[\]/\n]{0,60}/[^\[\]\n]{1,60}\]
    # ... whatever its label: who took it ("Photo by X for Outlet", "(Photo by X / AFP)"),
    # who lent it ("Photo courtesy of 11ID", "(Courtesy of MSF)"), "Credit: X/Outlet", "(c)
    # Outlet"; bracketed or not
    | (?i:photo(?:graph)?s?|image|picture)\s+(?i:by|courtesy(?:\s+of)?)\s*:?\s+[^.!?:\n]{1,80}
    | \((?i:photo(?:graph)?s?|image|picture)\s+(?i:by|courtesy(?:\s+of)?)\s*:?\s+[^()\n]{1,60}\)
    | (?i:credits?|courtesy(?:\s+of)?)\s*:?\s+(?-i:[A-Z])[^.!?:\n]{0,60}
    | \((?i:courtesy\s+of)\s+[^()\n]{1,60}\)
    | \u00a9\s*[^.!?\n]{1,60}
    # ... or no label, after the caption's last stop: its photographer and agency, or its
    # agency and photographer, between slashes ("... on Thursday. EFE/Marcos Pin", "...
    # on Wednesday. Peter Lado / Kora Herald"); a sentence of prose holds a verb, and no slash
    | (?<=[.!?]\s)[A-Z][\w'\u2019-]*(?:\ [A-Z][\w'\u2019-]*){0,3}
      (?:\ ?/\ ?[A-Z][\w'\u2019-]*(?:\ (?:of\ |de\ |da\ |the\ )?[A-Z][\w'\u2019-]*){0,3}){1,3}
    # ... or a slash alone before who lent or took it ("... on Tuesday. / Supplied", "... on
    # Wednesday. / Kachin News Group"): no sentence of prose opens with a slash
    | (?<=[.!?]\s)/\ ?[A-Z][\w'\u2019-]*(?:\ (?:of\ |de\ |da\ |the\ )?[A-Z][\w'\u2019-]*){0,3}
    )$""",
    re.VERBOSE,
)


# The heading of an organisation's description closing a press release: "About us",
# "About MSF", "About the International Rescue Committee", "Notes to editors".
_ABOUT_HEADING: Final = re.compile(
    r"(?:about\s+(?:us|[\w'\u2019&.-]+(?:\s+[\w'\u2019&.-]+){0,5})|notes?\s+to\s+editors?:?)$",
    re.IGNORECASE,
)
# How many paragraphs an "About us" block may hold before the furniture that closes it.
_ABOUT_PARAGRAPHS: Final = 3


def _about_block_above(text: str, lines: Sequence[tuple[int, int]], first: int, lead: int) -> int:
    """Where the end block starts when an "About us" heading and its few paragraphs stand
    just above its first furniture line (a press release's description of its issuer):
    the heading's line; else `first`."""
    # (headings one above another: "Notes to editors:" and its points over "About us")
    found = True
    while found:
        found = False
        for k in range(first - 1, max(lead, first - 1 - _ABOUT_PARAGRAPHS) - 1, -1):
            start, end = lines[k]
            if end - start <= 60 and _ABOUT_HEADING.match(text, start, end):
                first, found = k, True
                break
    return first


def _link_list_titles(text: str, lines: Sequence[tuple[int, int]], k: int, body_end: int) -> int:
    """How many link titles stand under line `k` when it is a list's heading alone ("Read
    more", "Related stories:"): the run of title lines under it (`_is_title`), up to
    `_MAX_LIST_TITLES`; 0 when `k` is no such heading or no title follows it."""
    start, end = lines[k]
    if end - start > 30 or text[start] not in "AaRrSsMmYyFf":
        return 0
    if not _LINK_LIST_HEADING.fullmatch(text, start, end):
        return 0
    count = 0
    while k + 1 + count < body_end and _is_title(text, lines[k + 1 + count]):
        count += 1
    return count if count <= _MAX_LIST_TITLES else 0


def outside(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """The extent [start, end) overlaps none of `ranges`."""
    return not any(start < b and a < end for a, b in ranges)


def merge_ranges(ranges: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """`ranges` clipped to [0, length], empty ones dropped, overlapping or touching ones joined."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted((max(0, a), min(length, b)) for a, b in ranges):
        if a >= b:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def cut(text: str, ranges: Sequence[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """`text` without `ranges`, and the kept pieces as (start in `text`, shift to subtract).

    `ranges` must be sorted and disjoint (see `merge_ranges`). A position p of a
    kept piece [start, next range) moves to p - shift.
    """
    kept: list[str] = []
    pieces: list[tuple[int, int]] = []
    at = removed = 0
    for a, b in ranges:
        kept.append(text[at:a])
        pieces.append((at, removed))
        removed += b - a
        at = b
    kept.append(text[at:])
    pieces.append((at, removed))
    return "".join(kept), pieces


def shift(position: int, pieces: Sequence[tuple[int, int]]) -> int:
    """Where `position` (outside every cut range) lands in the cut text; see `cut`."""
    moved = 0
    for start, removed in pieces:
        if start > position:
            break
        moved = removed
    return position - moved
