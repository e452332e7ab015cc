"""External formats: bytes <-> core objects. No Qt, no SQL."""
