#!/usr/bin/env python3
# Derives the name gazetteer (forenames.txt, surnames.txt) from Debian bookworm's
# python3-fake-factory 0.9.3-2 (Faker, Expat licence): the en_GB person provider's ONS-sourced
# first names and surnames. Run once when the package changes; the outputs are committed.
#   apt-get download python3-fake-factory && dpkg -x python3-fake-factory_*.deb x
#   python3 stages/detect/names/extract_faker.py x/usr/lib/python3/dist-packages/faker/providers/person/en_GB/__init__.py
import ast, os, sys

src = open(sys.argv[1], encoding="utf-8").read()
tree = ast.parse(src)
values = {}
for node in ast.walk(tree):
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
        name = node.targets[0].id
        if name in ("first_names_male", "first_names_female"):
            values[name] = [e.value for e in node.value.elts]
        if name == "last_names":  # OrderedDict(((name, weight), ...))
            values[name] = [e.elts[0].value for e in node.value.args[0].elts]
out = os.path.dirname(os.path.abspath(__file__))
fore = sorted(set(values["first_names_male"] + values["first_names_female"]))
sur = sorted(set(values["last_names"]))
for fname, items in (("forenames.txt", fore), ("surnames.txt", sur)):
    with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
        f.write("\n".join(items) + "\n")
print(len(fore), "forenames,", len(sur), "surnames")
