"""Sentence pools of the wirecorpus, one topic each; every topic yields several invented stories.

Placeholders: ``{town}``, ``{region}`` and the people ``{official}``, ``{resident}``,
``{expert}``, ``{minister}`` (``..._last`` is the surname) come from the story; the topic's
``choices`` are drawn once per story and its ``numbers`` once per report, so follow-up reports
carry new figures. Two stories of one topic share these sentences with different names and
numbers: the confusers that must not be merged.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    """How reports of one kind of event are written."""

    name: str
    official_title: str
    choices: dict[str, tuple[str, ...]]
    numbers: dict[str, tuple[int, int]]
    headlines: tuple[str, ...]
    #: Opening sentences by phase: first report, follow-up, aftermath.
    leads: tuple[tuple[str, ...], ...]
    body: tuple[str, ...]
    background: tuple[str, ...]
    quotes: tuple[str, ...]


FLOOD = Topic(
    name="flood",
    official_title="Mayor",
    choices={"river": ("Vell", "Arden", "Sable", "Mirrow", "Kessel", "Orne", "Tamsin", "Lusk")},
    numbers={"evacuated": (800, 9000), "dead": (2, 19), "missing": (3, 40), "homes": (150, 2400)},
    headlines=(
        "River {river} bursts its banks in {town}",
        "Thousands flee as floodwater swamps {town}",
        "{town} flood: {dead} dead, {missing} missing",
        "Rescuers search for missing after {region} floods",
        "Flood-hit {town} counts the cost as waters recede",
        "{official} appeals for help as {town} flood deepens",
    ),
    leads=(
        (
            "The River {river} burst its banks overnight and flooded much of {town}, forcing "
            "about {evacuated} people from their homes, emergency services said.",
            "Floodwater from the swollen River {river} poured into the streets of {town} on "
            "Tuesday, cutting off the old quarter and forcing {evacuated} residents to leave.",
        ),
        (
            "The death toll from the floods in {town} rose to {dead} as rescuers reached "
            "villages downstream on the River {river} that had been cut off for two days.",
            "Rescue teams in {region} were still searching for {missing} people on Thursday as "
            "the River {river} stayed above its record level through {town}.",
        ),
        (
            "Residents of {town} began returning to mud-filled homes as the River {river} "
            "fell back below its banks, a week after the worst flooding in decades.",
            "The government of {region} promised money to rebuild {homes} damaged homes in "
            "{town}, where clean-up crews cleared debris left by the River {river}.",
        ),
    ),
    body=(
        "Boats from the fire brigade ferried elderly residents out of the flooded terraces "
        "near the {town} railway station.",
        "Power was cut to {homes} households after a substation on the edge of {town} was "
        "submerged.",
        "Water levels at the {town} gauge peaked at just under six metres on Wednesday "
        "morning, the regional river authority said.",
        "Schools across {region} stayed closed and the main road to {town} was blocked by "
        "landslides in two places.",
        "Volunteers filled sandbags in the market square while soldiers built a temporary "
        "barrier around the hospital.",
        "The river authority said {evacuated} people had registered at emergency shelters in "
        "sports halls and churches.",
        "Farmers downstream of {town} reported livestock losses and fields left under a metre "
        "of silt.",
        "Insurers estimated early claims at several hundred million, though adjusters had not "
        "yet reached the worst-hit streets.",
        "Drinking water was being delivered by tanker after the {town} treatment plant was "
        "swamped.",
        "Rail services through {region} were suspended after a section of embankment was "
        "washed away.",
        "Police said {missing} people were still unaccounted for, including two children "
        "swept away near a footbridge.",
        "Forecasters warned of more heavy rain over the hills above the River {river} at the "
        "weekend.",
    ),
    background=(
        "{town} last flooded in 1998, when the River {river} rose more than five metres in a "
        "single night.",
        "Environmental groups have long warned that building on the flood plain around {town} "
        "left thousands of homes exposed.",
        "A planned flood wall for the town centre was shelved four years ago because of cost.",
        "Rainfall across {region} this spring has been nearly twice the seasonal average.",
    ),
    quotes=(
        '"We have never seen the water come up this fast," said {official}, the mayor of {town}.',
        '"Everything on the ground floor is gone, the sofa, the fridge, the photographs," said '
        "{resident}, who spent the night on her roof.",
        '"The ground is saturated, so every extra centimetre of rain runs straight into the '
        'river," said {expert}, a hydrologist at the {region} university.',
        '"No family will be left to rebuild alone," {minister}, the regional minister, told '
        "reporters in {town}.",
        '{official_last} said the town would review its emergency plan "the moment the water '
        'has gone".',
    ),
)

ELECTION = Topic(
    name="election",
    official_title="Commissioner",
    choices={
        "party_a": ("Civic Renewal", "the Unity Alliance", "the Green Forward party"),
        "party_b": ("the People's Bloc", "the Liberal Union", "New Horizon"),
        "office": ("mayor", "regional governor", "president of the council"),
    },
    numbers={"turnout": (41, 78), "share_a": (44, 58), "seats": (11, 37), "margin": (300, 9000)},
    headlines=(
        "Polls open in tight {town} race for {office}",
        "{candidate} claims victory in {town} vote",
        "{town} election: turnout hits {turnout} percent",
        "Recount ordered in {region} {office} election",
        "{candidate} sworn in as {office} after disputed count",
    ),
    leads=(
        (
            "Voters in {town} went to the polls on Sunday to choose a new {office} in a race "
            "that surveys showed was too close to call.",
            "Polling stations across {region} opened at seven in the morning for an election "
            "of the {office} dominated by housing costs and transport.",
        ),
        (
            "{candidate} of {party_a} claimed victory in the race for {office} of {town} with "
            "{share_a} percent of the vote, according to preliminary results.",
            "The electoral commission in {region} ordered a partial recount after {party_b} "
            "challenged results from {seats} polling districts around {town}.",
        ),
        (
            "{candidate} was sworn in as {office} of {town} on Friday after the electoral "
            "commission rejected the final challenges from {party_b}.",
            "The recount in {region} confirmed {candidate} as {office} by a margin of {margin} "
            "votes, ending a week of legal wrangling.",
        ),
    ),
    body=(
        "Turnout reached {turnout} percent by the close of polls, the electoral commission said.",
        "{candidate} campaigned on a promise to freeze public transport fares for four years.",
        "{rival} of {party_b} had led in most opinion polls until the final fortnight of the "
        "campaign.",
        "Long queues formed outside polling stations in the university district, where some "
        "voters waited more than an hour.",
        "Observers from a civic monitoring group said they had found no serious irregularities.",
        "{party_b} said ballots from {seats} districts had been counted without its scrutineers "
        "present.",
        "The new {office} will control a budget of close to two billion and the regional "
        "transport authority.",
        "Counting continued through the night in the main hall of the {town} exhibition centre.",
        "Housing costs in {town} have risen by more than a third in five years, the main issue "
        "of the campaign.",
        "{rival} conceded defeat in a short speech to supporters shortly after midnight.",
        "A court in {region} rejected a request by {party_b} to suspend the announcement of "
        "results.",
        "Both candidates had pledged to build at least ten thousand affordable homes.",
    ),
    background=(
        "The previous {office}, who served two terms, did not stand again after a row over "
        "contracts for the new tram line.",
        "{party_a} has never before held the office of {office} in {town}.",
        "Election law in {region} requires a recount when the margin falls below half a "
        "percentage point.",
        "Early voting by post was extended this year after complaints about access in rural areas.",
    ),
    quotes=(
        '"Tonight {town} chose change," {candidate} told cheering supporters.',
        '"We will respect the result once every vote has been counted properly," said {rival}.',
        '"The count was orderly and transparent," said {official}, the chief electoral '
        "commissioner.",
        '"I voted for the fares freeze, simple as that," said {resident}, a nurse leaving a '
        "polling station.",
        '"A turnout this high in a local election tells you people felt it mattered," said '
        "{expert}, a political scientist.",
    ),
)

STRIKE = Topic(
    name="strike",
    official_title="General Secretary",
    choices={
        "union": ("the Transport Workers' Federation", "the United Dockers", "the Rail Guild"),
        "company": ("Avel Transit", "Northern Harbour Services", "Corvale Rail"),
        "workers": ("bus drivers", "dock workers", "train conductors"),
    },
    numbers={"strikers": (900, 12000), "raise": (4, 15), "offer": (2, 7), "days": (2, 9)},
    headlines=(
        "{workers} walk out in {town} pay dispute",
        "{town} strike enters day {days} as talks stall",
        "{company} raises pay offer to end {town} strike",
        "Strike at {company} ends after {raise} percent deal",
        "Commuters stranded as {town} {workers} strike",
    ),
    leads=(
        (
            "About {strikers} {workers} in {town} walked out on Monday in a dispute over pay "
            "with {company}, halting most services in {region}.",
            "{union} began an open-ended strike at {company} in {town} after members rejected "
            "a pay offer of {offer} percent.",
        ),
        (
            "Talks to end the strike by {workers} at {company} broke down in {town} on "
            "Wednesday, with {union} demanding a rise of {raise} percent.",
            "The strike at {company} entered its {days}th day with no services running and "
            "both sides blaming the other for the collapse of talks in {town}.",
        ),
        (
            "{workers} at {company} returned to work in {town} after {union} members voted to "
            "accept a {raise} percent pay deal over two years.",
            "Services across {region} returned to normal on Saturday after the strike at "
            "{company} ended with an agreement on pay and rosters.",
        ),
    ),
    body=(
        "Picket lines formed before dawn outside the main depot in {town}.",
        "{company} said fewer than one in ten scheduled services had run.",
        "Shops in the centre of {town} reported a sharp fall in customers as commuters stayed "
        "home.",
        "{union} says wages have fallen behind inflation by more than ten percent since 2021.",
        "{company} said its offer of {offer} percent was the most it could afford without "
        "raising fares.",
        "A mediator appointed by the labour ministry met both sides for six hours on Tuesday.",
        "Some schools in {region} told pupils to stay at home because of the lack of transport.",
        "The company warned that the strike was costing it about two million a day.",
        "{union} has called on workers at two other companies to join the action.",
        "Hospital staff said some patients had missed appointments because of the disruption.",
        "Managers drafted in from head office kept a skeleton service running on two routes.",
        "Members of {union} voted by 83 percent in favour of the action last month.",
    ),
    background=(
        "The last strike at {company}, in 2019, lasted eleven days.",
        "{company} was privatised a decade ago and is owned by an infrastructure fund.",
        "Labour law in {region} requires unions to give seven days' notice of a strike.",
        "Staff shortages have forced {company} to cancel services regularly since last year.",
    ),
    quotes=(
        '"Our members cannot pay their rent on these wages," said {official}, general '
        "secretary of {union}.",
        '"We have made a fair offer and we urge the union to put it to a vote," a {company} '
        "spokeswoman said.",
        '"I support the drivers, but I have lost two days of work this week," said {resident}, '
        "waiting at an empty stop.",
        '"Disputes like this end when both sides can claim a win," said {expert}, who teaches '
        "labour relations.",
        '"The government will not intervene in a private pay dispute," said {minister}, the '
        "labour minister.",
    ),
)

WILDFIRE = Topic(
    name="wildfire",
    official_title="Fire Chief",
    choices={"forest": ("Hollin Forest", "the Marren hills", "the Sablewood reserve")},
    numbers={"hectares": (1200, 26000), "firefighters": (300, 2200), "evacuated": (500, 7000)},
    headlines=(
        "Wildfire forces evacuation near {town}",
        "Fire in {forest} burns {hectares} hectares",
        "Crews battle {region} wildfire for third day",
        "{town} wildfire contained, evacuees return",
        "Arson suspected in {forest} fire near {town}",
    ),
    leads=(
        (
            "A wildfire fanned by strong winds tore through {forest} near {town} on Saturday, "
            "forcing about {evacuated} people to leave their homes.",
            "Firefighters in {region} were battling a fast-moving blaze in {forest} that had "
            "burned {hectares} hectares by Sunday evening.",
        ),
        (
            "The fire in {forest} grew to {hectares} hectares as {firefighters} firefighters "
            "and six water-bombing aircraft fought to keep it away from {town}.",
            "Police opened an arson inquiry into the wildfire near {town} after witnesses "
            "reported seeing a car leave the area where it began.",
        ),
        (
            "Firefighters declared the {forest} wildfire contained on Friday, and residents "
            "evacuated from {town} began returning to their homes.",
            "The {region} government said it would replant {forest} after the fire, which "
            "burned {hectares} hectares before it was brought under control.",
        ),
    ),
    body=(
        "Thick smoke hung over {town}, and health officials told residents to keep windows closed.",
        "Temperatures above 38 degrees and gusts of up to 70 kilometres an hour drove the "
        "flames across firebreaks.",
        "{firefighters} firefighters, some from neighbouring regions, were deployed along the "
        "edge of the fire.",
        "Two firefighters were treated in hospital for smoke inhalation.",
        "The main road north of {town} was closed and campsites in {forest} were cleared.",
        "Satellite images showed a burn scar stretching more than twenty kilometres.",
        "Residents who stayed behind hosed down roofs and cleared dry brush from gardens.",
        "At least fourteen houses and several farm buildings were destroyed on the edge of {town}.",
        "Water-bombing aircraft scooped water from the reservoir south of the fire front.",
        "Evacuation centres in schools and sports halls took in about {evacuated} people.",
        "A change in wind direction overnight pushed the flames back towards burned ground.",
        "Forecasters said cooler air and light rain were expected by the middle of the week.",
    ),
    background=(
        "{region} has had its driest spring on record, with less than a third of normal rainfall.",
        "The last major fire in {forest}, in 2017, burned for nine days.",
        "Most wildfires in the region are started by people, whether by accident or on purpose.",
        "The regional fire service has warned for years that it has too few aircraft.",
    ),
    quotes=(
        '"The wind is our biggest enemy today," said {official}, the regional fire chief.',
        '"We had ten minutes to grab the dog and the documents and go," said {resident}, who '
        "spent the night in a school gym.",
        '"Fires like this are becoming larger and harder to fight," said {expert}, a forest '
        "ecologist.",
        '"Whoever did this will be found," {minister}, the interior minister, said in {town}.',
        '{official_last} said crews would stay on the fire line "until the last ember is out".',
    ),
)

TRIAL = Topic(
    name="trial",
    official_title="Judge",
    choices={
        "firm": ("Halvik Capital", "Ostgaard Holdings", "Brenmouth Savings"),
        "charge": ("fraud", "embezzlement", "money laundering"),
    },
    numbers={
        "millions": (12, 240),
        "investors": (300, 5000),
        "years": (3, 12),
        "witnesses": (8, 40),
    },
    headlines=(
        "Trial of former {firm} chief opens in {town}",
        "{defendant} denies {charge} as trial begins",
        "Former {firm} finance head testifies in {town} trial",
        "{defendant} found guilty of {charge}",
        "{defendant} jailed for {years} years over {firm} collapse",
    ),
    leads=(
        (
            "The trial of {defendant}, former chief executive of {firm}, opened in {town} on "
            "Monday on charges of {charge} linked to losses of {millions} million.",
            "{defendant} pleaded not guilty to {charge} as his trial over the collapse of "
            "{firm} began before a court in {town}.",
        ),
        (
            "A former finance director of {firm} told the court in {town} that she was ordered "
            "to hide losses from auditors, the trial of {defendant} heard.",
            "Prosecutors in the {firm} trial in {town} played recordings of calls in which "
            "{defendant} discussed moving money abroad.",
        ),
        (
            "A court in {town} found {defendant} guilty of {charge} over the collapse of "
            "{firm} and sentenced him to {years} years in prison.",
            "{defendant}, the former head of {firm}, was convicted of {charge} on Thursday after "
            "a trial that heard from {witnesses} witnesses.",
        ),
    ),
    body=(
        "About {investors} small investors lost their savings when {firm} collapsed.",
        "{defendant} arrived at the courthouse in a dark suit and did not speak to reporters.",
        "Prosecutors say {firm} used money from new investors to pay returns to earlier ones.",
        "The defence argues that {defendant} was misled by his own accountants.",
        "The court plans to hear {witnesses} witnesses over the coming weeks.",
        "Investors who lost money filled the public gallery and the overflow room.",
        "Auditors raised concerns about the accounts of {firm} two years before it failed.",
        "The judge rejected a defence request to postpone the trial on health grounds.",
        "Documents shown to the court listed transfers to companies in three countries.",
        "{defendant} faces up to fifteen years in prison if convicted.",
        "A group representing investors is pursuing a separate civil claim for compensation.",
        "The trial is being held in the largest courtroom in {region} to fit the public.",
    ),
    background=(
        "{firm} was founded in 2009 and grew quickly by promising returns of twelve percent a "
        "year.",
        "Regulators in {region} closed {firm} after it missed payments to investors.",
        "{defendant} was arrested at the airport in {town} two years ago.",
        "The collapse led to a review of how investment firms are supervised.",
    ),
    quotes=(
        '"This was a scheme that could only ever end one way," the prosecutor told the court.',
        '"I trusted them with everything my husband left me," said {resident}, an investor.',
        '"My client has always maintained his innocence," said {official}, his lawyer.',
        '"Cases like this turn on what the executives knew and when," said {expert}, a law '
        "professor.",
        '"Supervision has to catch these schemes far earlier," said {minister}, the finance '
        "minister.",
    ),
)

FERRY = Topic(
    name="ferry",
    official_title="Harbour Master",
    choices={
        "vessel": ("Stella Maris", "Northern Light", "Queen Ilse"),
        "operator": ("Cassel Ferries", "Baylink Shipping", "Isles Line"),
    },
    numbers={"passengers": (120, 640), "rescued": (90, 600), "dead": (1, 14), "missing": (2, 20)},
    headlines=(
        "Ferry runs aground off {town} with {passengers} aboard",
        "Passengers rescued from stricken ferry {vessel}",
        "{town} ferry disaster: search for missing continues",
        "Investigators board ferry {vessel} as toll rises",
        "{operator} suspends sailings after {town} accident",
    ),
    leads=(
        (
            "The ferry {vessel} ran aground off {town} in a storm on Friday night with "
            "{passengers} passengers aboard, and rescuers were taking people off by lifeboat.",
            "Coastguard crews rescued {rescued} people from the ferry {vessel}, operated by "
            "{operator}, after it struck rocks near the entrance to {town} harbour.",
        ),
        (
            "Divers searched the flooded lower decks of the ferry {vessel} off {town} as the "
            "number of dead rose to {dead}, with {missing} people still missing.",
            "Investigators in {region} began examining the ferry {vessel} as questions grew "
            "about why it sailed from {town} despite a storm warning.",
        ),
        (
            "{operator} suspended all sailings from {town} while safety inspectors check its "
            "fleet, a week after the ferry {vessel} ran aground.",
            "The coastguard ended the search for survivors of the ferry {vessel} off {town}, "
            "with {dead} people confirmed dead.",
        ),
    ),
    body=(
        "Passengers described water rushing into the car deck within minutes of the impact.",
        "Helicopters winched the injured from the upper deck to hospitals in {town}.",
        "The {vessel} was built in 1987 and had passed an inspection last autumn.",
        "Waves of up to five metres hampered the rescue through the night.",
        "Relatives gathered at the ferry terminal in {town} waiting for news.",
        "{operator} said it was cooperating fully with the investigation.",
        "The ship's captain was questioned by police and has not been charged.",
        "A salvage team was preparing to pump fuel from the ship to prevent a spill.",
        "Fishing boats from {town} joined the search at first light.",
        "The coastguard said {rescued} people had been brought ashore alive.",
        "Hospitals in {region} said most of the injured had hypothermia or broken bones.",
        "The route across the strait is used by about a million passengers a year.",
    ),
    background=(
        "{operator} has run the route from {town} since 2004.",
        "A report two years ago warned that several ferries in {region} were near the end of "
        "their safe working life.",
        "The strait off {town} is known for sudden storms in spring.",
        "The last serious ferry accident in the region was in 1994.",
    ),
    quotes=(
        '"The ship just tipped, and everything slid to one side," said {resident}, a passenger.',
        '"Our crews worked without a break in appalling conditions," said {official}, the '
        "harbour master.",
        '"Why did it sail at all? That is the question everyone is asking," said {expert}, a '
        "maritime safety consultant.",
        '"Every family will get answers," {minister}, the transport minister, said at the harbour.',
        'A spokesman for {operator} said the company was "devastated" by the loss of life.',
    ),
)

OUTBREAK = Topic(
    name="outbreak",
    official_title="Health Director",
    choices={
        "illness": ("legionnaires' disease", "measles", "a food poisoning outbreak"),
        "site": ("the Carrow Bay water park", "a school canteen", "the central market"),
    },
    numbers={"cases": (14, 180), "hospital": (3, 40), "dead": (1, 6), "tested": (200, 3000)},
    headlines=(
        "{illness} outbreak in {town}: {cases} cases",
        "Health officials trace {town} outbreak to {site}",
        "{town} outbreak: cases rise to {cases}",
        "{site} closed as {town} outbreak spreads",
        "{town} outbreak over, health officials say",
    ),
    leads=(
        (
            "Health officials in {town} confirmed {cases} cases of {illness} on Monday and "
            "said {hospital} people were being treated in hospital.",
            "An outbreak of {illness} in {town} has made {cases} people ill, the {region} "
            "health authority said, urging anyone with symptoms to see a doctor.",
        ),
        (
            "Investigators traced the outbreak of {illness} in {town} to {site}, which has "
            "been closed while samples are tested.",
            "The number of cases in the {illness} outbreak in {town} rose to {cases}, and "
            "one patient has died, the health authority said.",
        ),
        (
            "The {region} health authority declared the {illness} outbreak in {town} over "
            "after no new cases for two weeks, with {cases} people infected in total.",
            "{site} in {town} will reopen after inspectors found the source of the outbreak "
            "had been removed.",
        ),
    ),
    body=(
        "Most patients are recovering at home, but {hospital} remain in hospital.",
        "Inspectors took water and food samples from {site} on Tuesday.",
        "About {tested} people have been contacted and offered tests.",
        "Doctors in {town} were asked to report any new cases the same day.",
        "The health authority opened a telephone line for worried residents.",
        "Patients ranged in age from four to eighty-one.",
        "Laboratory results confirmed the same strain in samples from several patients.",
        "Schools in {town} sent letters to parents describing the symptoms.",
        "The health authority said there was no risk from tap water in homes.",
        "Visitors to {site} in the past fortnight were urged to watch for fever.",
        "The regional laboratory extended its opening hours to process samples.",
        "Officials said the number of new cases each day had begun to fall.",
    ),
    background=(
        "{town} had a smaller outbreak of the same kind six years ago.",
        "Inspection reports published last year listed problems at {site}.",
        "Outbreaks of this kind usually peak within two weeks of the first case.",
        "The {region} health authority was reorganised last year after budget cuts.",
    ),
    quotes=(
        '"We acted as soon as the pattern was clear," said {official}, the regional health '
        "director.",
        '"My son was fine on Saturday and in hospital on Monday," said {resident}.',
        '"The priority is finding the source and shutting it down," said {expert}, an '
        "epidemiologist.",
        '"There will be a full review of the inspections," said {minister}, the health minister.',
        '{official_last} said the risk to the wider public was "low but not zero".',
    ),
)

TOPICS: tuple[Topic, ...] = (FLOOD, ELECTION, STRIKE, WILDFIRE, TRIAL, FERRY, OUTBREAK)

#: Paragraphs an outlet adds for its own readers: {outlet_town} is the outlet's home town.
LOCAL_ADDITIONS = (
    "Readers in {outlet_town} who have family in {town} can find updates on our live page.",
    "The {outlet_name} has asked local councillors in {outlet_town} how the area would cope "
    "with a similar emergency.",
    "Several families from {outlet_town} were among those affected, neighbours told the "
    "{outlet_name}.",
    "A collection for those affected has been organised at the town hall in {outlet_town}.",
    "{outlet_town} officials said services in the city were not affected.",
)
#: Regional intros an outlet puts before the wire copy.
REGIONAL_INTROS = (
    "People in {outlet_town} were following events in {town} closely on {weekday}.",
    "As {outlet_town} watched the news from {town}, local leaders offered help.",
    "The events in {town} were the main topic of conversation in {outlet_town} on {weekday}.",
)
