"""SPARQL queries; a package only so that importlib.resources finds them in a wheel."""
