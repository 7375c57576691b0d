"""kg: diplomatic statements as an RDF knowledge graph."""
