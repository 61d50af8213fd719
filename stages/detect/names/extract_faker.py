#!/usr/bin/env python3
# Derives the name gazetteer (forenames.txt, surnames.txt) from Faker (Expat licence): Debian
# bookworm's python3-fake-factory 0.9.3-2 and, for the locales it lacks, Faker 33.1.0 from PyPI
# (a locale both have gives the union). The person providers of the locales below are chosen for
# the people UK justice documents name (the en_GB ONS-sourced lists, then American, Irish, Polish,
# Romanian, Lithuanian, Turkish, Ghanaian, Yoruba, East African, Indian, Pakistani, Vietnamese,
# Italian, Portuguese, Hungarian, Czech, Slovak, Latvian and Croatian names, and zh_CN's romanized
# Chinese names). Run once when a source changes; the outputs are committed.
#   apt-get download python3-fake-factory && dpkg -x python3-fake-factory_*.deb deb
#   pip download --no-deps faker==33.1.0 && python3 -m zipfile -e Faker-33.1.0-py3-none-any.whl pypi
#   apt-get install wamerican      # /usr/share/dict/words, to leave out ordinary English words
#   python3 stages/detect/names/extract_faker.py deb/usr/lib/python3/dist-packages/faker/providers/person \
#       pypi/faker/providers/person
#
# Names outside en_GB are taken only in Latin script, of three letters or more (two for the
# romanized Chinese names: "Li", "Wu"), and not when they are also an ordinary lower-case English
# word ("Can", "Hope", "Page", "He"): such words open sentences and headings too often to be a
# name's evidence. en_GB's own list is taken whole.
import ast
import os
import re
import sys
import unicodedata

LOCALES = ["en_GB", "en_US", "en_IE", "ga_IE", "pl_PL", "ro_RO", "lt_LT", "tr_TR", "tw_GH", "yo_NG", "sw",
           "en_IN", "en_PK", "vi_VN", "it_IT", "pt_PT", "zh_CN", "hu_HU", "cs_CZ", "sk_SK", "lv_LV", "hr_HR"]
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
            names = literal_names(node.value)
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                # en_PK's surnames lack their commas, so Python joined them into one string
                # ("LajlajAarifUrrab..."): each capital opens the next name.
                names = re.findall(r"[A-Z][a-z']+", node.value.value)
            if key.startswith("first_name") or key.startswith("first_romanized_name"):
                fore |= set(names)
            elif "last_name" in key or "last_romanized_name" in key:
                sur |= set(names)
    return fore, sur


def main():
    roots = sys.argv[1:]
    english = {w.strip() for w in open(DICTIONARY, encoding="utf-8") if w.strip().islower()}
    fore, sur = set(), set()
    for locale in LOCALES:
        f, s = set(), set()
        for root in roots:  # the union of every release given that has the locale
            path = os.path.join(root, locale, "__init__.py")
            if os.path.exists(path):
                rf, rs = provider_names(path)
                f, s = f | rf, s | rs
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
