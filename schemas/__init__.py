"""JSON Schema files: the public, versioned contracts of unison-agent (package data)."""
