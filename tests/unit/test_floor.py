"""Who has the floor, from chairs' formulas in the six languages, and symbols as speech
recognition writes them. Phrasings: the UN verbatim records' formulas (e.g. A/63/PV.20 and its
language versions: "I now give the floor to the representative of ...", "Je donne maintenant
la parole au représentant de ...", "Tiene ahora la palabra el representante de ...",
"Сейчас я предоставляю слово представителю ...", "我现在请...代表发言", "أعطي الكلمة الآن لممثل
...") and the short forms chairs use live in ITU meetings ("Iran, you have the floor")."""

import pytest

from observer_app.core.floor import floor_given_to, spoken_symbols


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("Thank you. Iran, you have the floor.", "Iran"),
        ("I give the floor to the distinguished delegate of Kenya.", "Kenya"),
        (
            "I now give the floor to the representative of the United States of America.",
            "United States of America",
        ),
        ("Thank you, Chair. Saint Kitts and Nevis, you have the floor.", "Saint Kitts and Nevis"),
        ("I give the floor to Saudi Arabia, followed by Egypt.", "Saudi Arabia"),
        (
            "Thank you, Iran. Next, I give the floor to the distinguished delegate of Kenya.",
            "Kenya",
        ),
        ("Thank you very much. Now, Brazil, you have the floor, please.", "Brazil"),
        ("Je donne maintenant la parole au représentant du Kenya.", "Kenya"),
        ("Merci. Kenya, vous avez la parole.", "Kenya"),
        ("Je donne la parole à la délégation de la France.", "France"),
        ("Tiene ahora la palabra el representante de Kenya.", "Kenya"),
        ("Doy la palabra a la delegación de México.", "México"),
        ("Gracias. México, tiene la palabra.", "México"),
        ("Сейчас я предоставляю слово представителю Кении.", "Кении"),
        ("Слово предоставляется делегации Китая.", "Китая"),
        ("我现在请肯尼亚代表发言。", "肯尼亚"),
        ("下面请中国代表发言。", "中国"),
        ("أعطي الكلمة الآن لممثل كينيا.", "كينيا"),
        ("الكلمة لمندوب مصر.", "مصر"),
    ],
)
def test_the_floor_goes_to(said, who):
    assert floor_given_to(said) == who


@pytest.mark.parametrize(
    "said",
    [
        "Thank you, Chair. We support the proposal.",
        "The floor is yours.",
        "We thank the delegate of Kenya for the proposal.",
        "Merci, Monsieur le Président.",
    ],
)
def test_no_floor_given(said):
    assert floor_given_to(said) is None


@pytest.mark.parametrize(
    ("said", "symbols"),
    [
        (
            "We support Document 161 and DT/33 revision 1, and ADM-54.",
            ["161", "DT/33(Rev.1)", "ADM/54"],
        ),
        ("as said in document DT slash 33", ["DT/33"]),
        ("Document 67 revision 1 replaces document 67.", ["67(Rev.1)", "67"]),
        ("In 2026 the year ends.", []),
    ],
)
def test_spoken_symbols(said, symbols):
    assert [s.canonical() for s in spoken_symbols(said)] == symbols
