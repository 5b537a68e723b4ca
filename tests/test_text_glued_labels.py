"""A link box's label glued to its links by the crawler is still that box."""

import pytest

from dateline.text import extract_text
from dateline.text.glued_labels import glued_box_kind

PARAGRAPHS = [
    "El consistorio de Almoral aprobó este martes ampliar el horario de la piscina municipal"
    " hasta las diez de la noche durante todo el verano.",
    "La concejala de Deportes, Inés Valbuena, explicó que la medida responde a las quejas de"
    " los vecinos que trabajan por la tarde.",
    "El nuevo horario entrará en vigor el primer lunes de junio.",
]


def test_a_related_label_glued_to_its_headlines_is_not_body() -> None:
    glued = "Te puede interesarCierra la biblioteca del centroNueva línea de autobús al puerto"
    text = "\n\n".join(
        [
            "Crónica de Almoral",
            "La piscina de Almoral abrirá hasta las diez",
            "Por Sara Quintero",
            *PARAGRAPHS[:2],
            glued,
            PARAGRAPHS[2],
        ]
    )
    article = extract_text(text)
    assert "Cierra la biblioteca" not in article.text
    assert article.text.endswith("el primer lunes de junio.")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Read moreCouncil approves budgetStorm closes schools", "related"),
        ("ShareFacebookWhatsApp", "share"),
        ("The iPhone maker told McDonald's it would wait.", None),
        ("Read more about the plan at the council's website.", None),
    ],
)
def test_glued_box_kind(line: str, kind: str | None) -> None:
    assert glued_box_kind(line) == kind
