#!/usr/bin/env python3
# Derives the name gazetteer (forenames.txt, surnames.txt) from Debian bookworm's
# python3-fake-factory 0.9.3-2 (Faker, Expat licence): the first names and surnames of the person
# providers for the locales below, chosen for the people UK justice documents name (the en_GB
# ONS-sourced lists, then American, Polish, Romanian, Lithuanian, Turkish, Ghanaian, Italian and
# Portuguese names, and zh_CN's romanized Chinese names). Run once when the package changes; the
# outputs are committed.
#   apt-get download python3-fake-factory && dpkg -x python3-fake-factory_*.deb x
#   apt-get install wamerican      # /usr/share/dict/words, to leave out ordinary English words
#   python3 stages/detect/names/extract_faker.py x/usr/lib/python3/dist-packages/faker/providers/person
#
# Names outside en_GB are taken only in Latin script, of three letters or more (two for the
# romanized Chinese names: "Li", "Wu"), and not when they are also an ordinary lower-case English
# word ("Can", "Hope", "Page", "He"): such words open sentences and headings too often to be a
# name's evidence. en_GB's own list is taken whole.
import ast
import os
import sys
import unicodedata

LOCALES = ["en_GB", "en_US", "pl_PL", "ro_RO", "lt_LT", "tr_TR", "tw_GH", "it_IT", "pt_PT", "zh_CN"]
DICTIONARY = "/usr/share/dict/words"


def literal_names(node):
    """The strings of a tuple/list/set literal, the keys of a dict or OrderedDict((k, w), ...)."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        out = []
        for e in node.elts:
            if isinstance(e, ast.Constant) and isinstance(e.value, str):
                out.append(e.value)
            elif isinstance(e, ast.Tuple) and e.elts and isinstance(e.elts[0], ast.Constant):
                out.append(e.elts[0].value)
        return out
    if isinstance(node, ast.Call) and node.args:
        return literal_names(node.args[0])
    if isinstance(node, ast.Dict):
        return [k.value for k in node.keys if isinstance(k, ast.Constant)]
    if isinstance(node, ast.BinOp):
        return literal_names(node.left) + literal_names(node.right)
    return []


def latin(word):
    return all(c in "-'" or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in word)


def provider_names(path):
    tree = ast.parse(open(path, encoding="utf-8").read())
    fore, sur = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            key = node.targets[0].id
            if key.startswith("first_name") or key.startswith("first_romanized_name"):
                fore |= set(literal_names(node.value))
            elif "last_name" in key or "last_romanized_name" in key:
                sur |= set(literal_names(node.value))
    return fore, sur


def main():
    root = sys.argv[1]
    english = {w.strip() for w in open(DICTIONARY, encoding="utf-8") if w.strip().islower()}
    fore, sur = set(), set()
    for locale in LOCALES:
        f, s = provider_names(os.path.join(root, locale, "__init__.py"))
        if locale != "en_GB":
            shortest = 2 if locale == "zh_CN" else 3
            keep = lambda w: latin(w) and len(w) >= shortest and w.lower() not in english
            f, s = {w for w in f if keep(w)}, {w for w in s if keep(w)}
            if locale == "zh_CN":
                # A one-syllable Chinese given name is as often one of the surname syllables
                # ("Hao Chen", "Wei Zhang"): the romanized surnames serve as forenames too.
                f |= s
        fore |= f
        sur |= s
    out = os.path.dirname(os.path.abspath(__file__))
    for fname, items in (("forenames.txt", sorted(fore)), ("surnames.txt", sorted(sur))):
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            f.write("\n".join(items) + "\n")
    print(len(fore), "forenames,", len(sur), "surnames")


if __name__ == "__main__":
    main()
