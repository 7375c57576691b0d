"""The ontology in Turtle; a package only so that importlib.resources finds it in a wheel."""
