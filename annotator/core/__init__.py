"""The domain: documents, spans, relations, the label schema, offsets. No Qt, no SQL, no I/O."""
