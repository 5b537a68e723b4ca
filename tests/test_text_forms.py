"""The plain-text path on dumps in forms beyond one block per line: soft hyphens, wrapped
Chinese, Japanese and Korean, credit lines in lower case, front matter, newsletters, print
editions and interviews. Every outlet, person and place is invented."""

from dateline.text import extract_text

SHY = "\u00ad"


def test_soft_hyphens_leave_title_dek_body_and_authors() -> None:
    article = extract_text(
        "\n".join(
            [
                "Lokales",
                f"Hafen{SHY}verwaltung plant neue Kai{SHY}anlage in Wendelsbruck",
                f"Die Stadt will bis 2027 den Container{SHY}terminal ersetzen und sucht Geld.",
                f"Von Margarete Holl{SHY}weg",
                "12.03.2025",
                f"Die Hafen{SHY}verwaltung von Wendelsbruck hat am Dienstag Pläne für eine neue "
                "Kaianlage vorgestellt, die den alten Containerterminal am Nordufer ersetzen soll.",
                f"Bürger{SHY}meisterin Jutta Frenzel sagte, die Anlage sei seit Jahren überlastet, "
                "und Schiffe müssten oft tagelang auf einen Liegeplatz warten.",
            ]
        )
    )
    assert article.title == "Hafenverwaltung plant neue Kaianlage in Wendelsbruck"
    assert article.dek is not None and "Containerterminal" in article.dek
    assert article.authors == ["Margarete Hollweg"]
    assert article.text.startswith("Die Hafenverwaltung von")
    assert "Bürgermeisterin" in article.text
