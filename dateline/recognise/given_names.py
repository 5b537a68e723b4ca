"""Common given names that nearly always belong to men or to women, across the languages news in
English names people from.

How they are used (``facts/people.py``): the first word of a person's fullest name gives the
person a gender, which picks the person a "he" or "she" stands for and keeps a later "she"
from a man; a name that opens with one of these is a person's, not a place's or a team's
("Michael Bay", a one-word "Nadia" after "in"), and so is a line of names over a date in a
text dump (``text/classify.py``: "Priya Natarajan, Owen Pryce", not "EA Play, Apex
Legends"). A name in neither list leaves the gender to an
honorific ("Ms"), a gendered role ("spokeswoman") or the pronouns that follow the name, and a
gender from this list is never overruled by pronouns, so a name belongs here only when it is
common and nearly always one gender.

Written for this module from general knowledge of naming, not copied from a data set; kept to
a few hundred names. Left out on purpose: names shared by men and women ("Alex" in some
countries is either, "Jamie", "Robin", "Jan", "Andrea", "Nicola", "Kim", "Sasha", the Yoruba
"Oluwaseun", the Arabic "Nour", most Chinese and many Korean given names), names that are
also common words, places or firms ("Hope", "Will", "Jordan", "Florence", "Georgia", "Sydney",
"Charlotte", "Mercedes"), and role words ("Dean").
"""

from __future__ import annotations

from typing import Literal

Gender = Literal["m", "f"]


def _names(*groups: str) -> frozenset[str]:
    # Groups are separate arguments: written side by side, Python joins string literals with no
    # space between, which fused the last name of a group with the first of the next
    # ("ZeynepAbena": 28 names were in neither list).
    return frozenset(word for group in groups for word in group.split())


MALE_GIVEN_NAMES = _names(
    # English-language news (the list this module grew from).
    """Aaron Adam Adrian Alan Albert Alexander Andrew Andy Anthony Arthur Barack Ben
    Benjamin Bernie Billy Bob Bobby Brad Brandon Brian Bruce Carl Charles Charlie Chris
    Christopher Chuck Colin Craig Dan Daniel Dave David Dennis Derek Dick Donald Doug Douglas
    Ed Eddie Edward Eric Frank Fred Gary George Gerald Greg Gregory Harold Harry Henry Howard
    Ian Jack Jacob Jake James Jason Jeb Jeff Jeffrey Jerry Jim Jimmy Joe Joel John Johnny Jon
    Jonathan Joseph Josh Justin Keith Ken Kenneth Kevin Larry Lawrence Leon Louis Mark
    Martin Matt Matthew Michael Mike Mitch Mitt Nathan Neil Nicholas Nick Oliver Paul Pete
    Peter Phil Philip Ralph Randy Raymond Reince Richard Rick Rob Robert Roger Ron Ronald Ross
    Roy Rudy Russell Ryan Sam Samuel Scott Sean Stephen Steve Steven Ted Terry Thomas Tim
    Timothy Todd Tom Tony Walter Wayne William Willie""",
    # More English, Irish, Scottish and Welsh names.
    """Alfred Alistair Angus Barry Bernard Brendan Callum Cedric Ciaran Clive Conor
    Cormac Declan Desmond Dominic Duncan Edmund Edwin Eoin Ernest Euan Fergus Francis Frederick
    Geoffrey Gerard Gordon Graham Hamish Hugh Hugo Isaac Jeremy Jonah Julian Kieran Leonard
    Liam Malcolm Marcus Nigel Noah Owen Patrick Rhys Rupert Seamus Simon Stuart
    Theodore Toby Trevor Vincent""",
    # Romance languages: French, Spanish, Portuguese, Italian, Romanian.
    """Alain Alejandro Alessandro Andrés Antoine Antonio Carlos Diego Emilio Enrique Federico
    Felipe Fernando François Francesco Giovanni Giuseppe Gonzalo Guillaume Ignacio Javier
    Joaquim Jorge Jose José Juan Lorenzo Luca Luigi Luis Manuel Marco Mateo Matteo Miguel
    Mihai Nicolas Olivier Pablo Paolo Pedro Philippe Pierre Rafael Ricardo Roberto Rodrigo
    Sergio Stefano Thierry Vasile Xavier Alberto Eduardo Gustavo Raúl Ramón""",
    # Germanic and Nordic languages, Dutch.
    """Anders Bjørn Dieter Elias Erik Fredrik Gunnar Hans Helmut Henrik Jens Jürgen Klaus Lars
    Magnus Mats Nils Olaf Oskar Ragnar Rolf Søren Sven Thorsten Ulrich Wolfgang""",
    # Slavic, Baltic, Hungarian and Greek.
    """Aleksandr Andrzej Bogdan Dmitri Dmitry Dragan Goran Grzegorz Ivan Jakub Janusz Józef
    Krzysztof Marek Miroslav Nikolai Oleksandr Pavel Piotr Sergei Sergey Stanislav
    Tomasz Vladimir Volodymyr Yuri Zoltán Dimitris Georgios Nikos Yannis""",
    # Arabic, Turkish, Persian, Central and South Asian.
    """Abdullah Ahmad Ahmed Ali Amir Anil Arjun Dariush Emre Hamid Hassan Hussein Ibrahim
    Karim Khalid Mahmoud Mehmet Mohamed Mohammad Mohammed Muhammad Mustafa Omar Rahul Rajesh
    Ramesh Reza Rustam Sanjay Suresh Tariq Vikram Yusuf Youssef Nabil Samir Walid Hakan
    Murat Kemal Farid Majid Saeed""",
    # African languages.
    """Chidi Chinedu Emeka Kwabena Kwame Kofi Mandla Musa Sipho Tendai Thabo""",
    # East Asian names nearly always a man's.
    """Haruto Hiroshi Kenji Shinzo Takeshi Xi""",
)

FEMALE_GIVEN_NAMES = _names(
    # English-language news (the list this module grew from).
    """Abigail Alice Alicia Amanda Amy Ana Angela Ann Anna Anne Barbara Betty Beverly
    Brenda Carla Carol Caroline Catherine Cheryl Christina Christine Claire Cynthia Debbie
    Deborah Denise Diana Diane Donna Doris Dorothy Elizabeth Ellen Emily Emma Eva Evelyn
    Fatima Frances Gloria Grace Hannah Heather Heidi Helen Hillary Irene Jacqueline Jane
    Janet Janice Jennifer Jessica Jill Joan Joanne Joyce Judith Judy Julia Julie Karen
    Kate Katherine Kathleen Kathryn Kathy Kelly Kellyanne Laura Lauren Linda Lisa Loretta
    Lori Louise Lucy Madeleine Margaret Maria Marie Marilyn Martha Mary Megan Melania Melanie
    Melissa Michelle Monica Nancy Natalie Nicole Olivia Pamela Patricia Paula Rachel Rebecca
    Rose Ruth Samantha Sandra Sara Sarah Sharon Shirley Sophie Stephanie Susan Teresa
    Theresa Tina Valerie Victoria Virginia Wendy""",
    # More English, Irish, Scottish and Welsh names.
    """Agnes Alison Beatrice Bridget Catriona Eileen Eleanor Elaine Eloise Fiona Gwen Harriet
    Imogen Isabel Isabella Jemima Joanna Josephine Katie Leah Lydia Margot Maureen Miriam
    Naomi Niamh Orla Philippa Rosalind Siobhan Sinead Tamsin Una Yvonne Zoe""",
    # Romance languages: French, Spanish, Portuguese, Italian, Romanian.
    """Adriana Alejandra Beatriz Camille Carmen Catalina Chiara Claudia Elena Francesca
    Giulia Inês Isabelle Juliette Lucía Luciana Manon Margarita Marisol Nathalie
    Odile Paola Pilar Rafaela Rocío Silvia Simona Valentina Ximena María Fernanda Gabriela""",
    # Germanic and Nordic languages, Dutch.
    """Astrid Birgit Brigitte Dagny Freya Frida Greta Gudrun Hedda Ilse Ingrid Karin Liesbeth
    Maren Sigrid Sunniva Ulrike Ursula""",
    # Slavic, Baltic, Hungarian and Greek.
    """Agnieszka Anastasia Irina Katarzyna Magdalena Malgorzata Natalia Natasha Nadia Oksana
    Olga Svetlana Tatiana Yulia Zofia Eleni""",
    # Arabic, Turkish, Persian, Central and South Asian.
    """Aisha Amina Ayesha Deepika Elif Farah Gulnar Indira Layla Leila Leyla Lakshmi Mariam
    Maryam Meera Parisa Priya Shirin Sunita Yasmin Zainab Zeynep Ayşe Rania Farzaneh Selin
    Hala""",
    # African languages.
    """Abena Adaeze Akosua Amara Chiamaka Folake Funmilayo Ngozi Nomvula Thandiwe Wanjiru""",
    # East Asian names nearly always a woman's.
    """Hana Keiko Mei Sakura Yoko""",
)

assert not MALE_GIVEN_NAMES & FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES & FEMALE_GIVEN_NAMES


def given_name_gender(name: str) -> Gender | None:
    """The gender a given name usually carries, when it is a common one in either list."""
    if name in MALE_GIVEN_NAMES:
        return "m"
    if name in FEMALE_GIVEN_NAMES:
        return "f"
    return None
