#!/usr/bin/env python3
"""Writes the bundled list of common passwords (our own, built from the patterns people use).

Only entries of at least 12 characters matter (shorter ones fail the length rule anyway), and the
check is case-insensitive, so everything is written in lower case. Run from the repository root:
    python3 modules/identity/tools/common-passwords.py
"""

import itertools

OUT = "modules/identity/src/main/resources/org/evidentia/identity/common-passwords.txt"
MIN = 12

words = """password passw0rd p@ssword p@ssw0rd qwerty qwertz azerty admin administrator
letmein welcome iloveyou sunshine princess football baseball monkey dragon master shadow
superman batman trustno1 whatever freedom secret changeme default login access hello
michael jennifer jordan hunter ranger buster soccer hockey killer pepper summer winter spring
autumn flower cheese computer internet starwars pokemon samsung google facebook apple
evidentia ukraine kyiv kiev lviv kharkiv odesa dnipro slava heroyam україна parol parol1
kohannya liubov lyubov kotyk sonechko zaichyk ivan oleksandr olena natalia tetiana andrii
dmytro serhii volodymyr mykola maria anna sofia yulia iryna oksana viktor vitalii""".split()
words = [w for w in words if w.isascii()]

months = """january february march april may june july august september october november december
sichen lyutyy berezen kviten traven cherven lypen serpen veresen zhovten lystopad hruden""".split()
seasons = "spring summer autumn fall winter zyma vesna lito osin".split()
teams = """dynamo dynamokyiv shakhtar dnipro metalist karpaty zorya arsenal chelsea liverpool
barcelona realmadrid juventus manchester bayern""".split()
suffixes = ["", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "@123", "#1",
            "01", "007", "69", "99", "777", "111", "000"]
years = [str(y) for y in range(1985, 2028)]

out = set()


def add(candidate):
    c = candidate.lower()
    if len(c) >= MIN:
        out.add(c)


# Digit and letter runs, repeated characters.
digits = "12345678901234567890"
for n in range(MIN, 21):
    add(digits[:n])
    add("0" + digits[: n - 1])
    add(digits[:n][::-1])
for ch in "abcdefghijklmnopqrstuvwxyz0123456789!*.-_#@$":
    for n in range(MIN, 21):
        add(ch * n)
for pair in ["ab", "12", "01", "xo", "ha", "qw", "as", "zx", "69", "11", "00"]:
    for n in range(6, 11):
        add(pair * n)
for chunk in ["abc", "123", "321", "qwe", "asd", "zxc", "abc123", "123abc", "1q2w3e", "q1w2e3"]:
    for n in range(2, 7):
        add(chunk * n)

# Keyboard walks, with and without a trailing number.
rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "йцукенгшщз"]
walks = ["qwertyuiop", "qwertyuiopasdfghjkl", "asdfghjkl", "zxcvbnm", "qwertyuiop[]",
         "1qaz2wsx3edc", "1qaz2wsx3edc4rfv", "qazwsxedc", "qazwsxedcrfv", "zaq12wsx",
         "zaq1zaq1zaq1", "1q2w3e4r5t6y", "1q2w3e4r5t", "q1w2e3r4t5y6", "qweasdzxc",
         "qweasdzxc123", "asdfghjkl;", "!qaz@wsx", "!qaz2wsx3edc", "1qazxsw2", "qwertz",
         "azerty", "qwerty", "asdfgh", "zxcvbn", "ytrewq", "poiuytrewq", "mnbvcxz",
         "lkjhgfdsa", "qwertyui", "asdfghjk", "zxcvbnm,./"]
for w in walks:
    for s in suffixes + years:
        add(w + s)
    add(w + w)
    add(w.capitalize() + "!")

# Words with numbers, years, symbols, doubled, and with common substitutions.
leet = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})
for w in words + months + seasons + teams:
    variants = {w, w.translate(leet), w.replace("o", "0"), w.replace("a", "@")}
    for v in variants:
        for s in suffixes:
            add(v + s)
        if v == w:
            for y in years:
                add(v + y)
                add(v + y + "!")
        add(v + v)
        add("my" + v + "123")
        add("i love " + v)
        add("iloveyou" + v)
        add("ilove" + v + "1")
for a, b in itertools.permutations(["password", "admin", "welcome", "letmein", "qwerty",
                                    "secret", "master", "login", "hello", "monkey"], 2):
    add(a + b)
    add(a + "123" + b)
for season in seasons:
    for y in years:
        add(season + y)
        add(season.capitalize() + y + "!")
for month in months:
    for y in years:
        add(month + y)
for team in teams:
    for y in years:
        add(team + y)

# Phrases people think are clever.
for p in ["iloveyou", "letmeinplease", "opensesame", "trustnoone", "passwordpassword",
          "changemenow", "changeme123", "welcometothejungle", "correcthorsebatterystaple",
          "thisismypassword", "mypasswordis", "nopassword", "newpassword", "oldpassword",
          "temporarypassword", "temppassword", "defaultpassword", "adminpassword",
          "ukraineisfree", "evidentia-demo", "evidentia-admin", "slavaukraini", "heroyamslava", "glorytoukraine", "putinhuilo"]:
    for s in suffixes:
        add(p + s)

with open(OUT, "w", encoding="utf-8") as f:
    f.write("# Common passwords of at least " + str(MIN) + " characters, lower case, one a line.\n")
    f.write("# Generated by modules/identity/tools/common-passwords.py; do not edit by hand.\n")
    for c in sorted(out):
        f.write(c + "\n")
print(len(out))
