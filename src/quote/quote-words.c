/*
 * quote-words.c: the word tables the attribution reads — titles to strip
 * from names (and their abbreviations' role nouns), verbs of saying
 * (English, French, German), sentence words that are not names, name
 * particles, role nouns (and the gender some give), organisation words,
 * postnominal letters, age nouns, pronouns and a list of common first
 * names with their usual gender.  A new language is rows here, no code.  Tables carry the behaviour; the
 * look-ups are ASCII case-insensitive (accented letters compare as bytes).
 */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "quote/quote-int.h"

struct qword {
	const char	*w;
	size_t		 len;	/* strlen(w), so most entries cost one compare */
	int		 v;	/* table-specific: gender for names */
};

#define W(s)		{ s, sizeof(s) - 1, 0 }
#define W2(s, v)	s, sizeof(s) - 1, v

static int	 lookup_v(int, const char *, size_t, int);

static const struct qword titles[] = {
	W("Acting"), W("Adm"), W("Admiral"), W("Agent"), W("Ambassador"), W("Archbishop"),
	W("Abgeordnete"), W("Abgeordneter"), W("Assemblymember"), W("Assemblyman"),
	W("Assemblywoman"), W("Attorney"), W("Bishop"), W("Bürgermeister"),
	W("Bürgermeisterin"), W("Député"), W("Députée"),
	W("Board"), W("Brig"), W("Brother"), W("Bundeskanzler"), W("Bundeskanzlerin"),
	W("Capt"), W("Captain"), W("Cfo"), W("Chairperson"), W("Commander"),
	W("Coo"), W("Cto"), W("Dean"), W("Leader"), W("Majority"),
	W("Minority"), W("Marshal"), W("Provost"), W("Secretary-General"),
	W("Treasurer"), W("Whip"), W("Cardinal"), W("Ceo"), W("Chair"), W("Chairman"),
	W("Chairwoman"), W("Chancellor"), W("Chief"), W("Cmdr"), W("Coach"), W("Col"),
	W("Colonel"), W("Commissioner"), W("Congressman"), W("Congresswoman"), W("Council"),
	W("Councillor"), W("Councilman"), W("Councilmember"), W("Councilor"),
	W("Councilwoman"), W("Dame"), W("Delegate"), W("Deputy"), W("Det"), W("Detective"),
	W("Director"), W("Doctor"), W("Dr"), W("Elder"), W("Father"), W("First"), W("Former"),
	W("Frau"), W("Gen"), W("General"), W("Gov"), W("Governor"), W("Herr"), W("Hon"),
	W("Honourable"), W("Imam"), W("Insp"), W("Inspector"), W("Judge"), W("Justice"),
	W("Kanzler"), W("Kanzlerin"), W("King"), W("Lady"), W("Lieutenant"), W("Lord"), W("Lt"),
	W("M"), W("Madame"), W("Maire"), W("Maj"), W("Major"), W("Mayor"), W("Member"), W("Minister"),
	W("Ministerin"), W("Ministerpräsident"), W("Ministerpräsidentin"), W("Ministre"),
	W("Miss"), W("Oberbürgermeister"), W("Oberbürgermeisterin"), W("Sénateur"),
	W("Sénatrice"), W("Senatorin"), W("Sprecher"), W("Sprecherin"), W("Mlle"), W("Mme"), W("Monsieur"), W("Mp"),
	W("Mr"), W("Mrs"), W("Ms"), W("Mx"), W("Officer"), W("Pastor"), W("Pope"), W("Premier"),
	W("President"), W("President-elect"), W("Presidente"),
	W("Prime"), W("Prince"), W("Princess"), W("Prof"), W("Professor"), W("Präsident"),
	W("Präsidentin"), W("Président"), W("Présidente"), W("Queen"), W("Rabbi"),
	W("Rep"), W("Representative"), W("Rev"), W("Reverend"), W("Sen"), W("Senator"),
	W("Secretary"), W("Sergeant"), W("Sgt"), W("Sheriff"), W("Sir"), W("Sister"), W("Speaker"),
	W("Spokesman"), W("Spokesperson"), W("Spokeswoman"), W("State"), W("Superintendent"),
	W("Supt"), W("Trustee"), W("Vice"), W("Vice-President"), { NULL, 0, 0 }
};

/* Verbs of saying, as they stand next to a quotation. */
static const struct qword verbs[] = {
	/* English */
	W("acknowledged"), W("added"), W("adds"), W("admitted"), W("admits"), W("advised"),
	W("agreed"), W("announced"), W("answered"), W("argued"), W("argues"), W("asked"),
	W("asks"), W("asserted"), W("cautioned"), W("claimed"), W("claims"), W("commented"),
	W("complained"), W("conceded"), W("concluded"), W("confirmed"), W("continued"),
	W("countered"), W("cried"), W("declared"), W("declares"), W("emphasised"),
	W("emphasized"), W("exclaimed"), W("explained"), W("explains"), W("insisted"),
	W("insists"), W("joked"), W("maintained"), W("mused"), W("noted"), W("notes"),
	W("observed"), W("posted"), W("predicted"), W("promised"), W("recalled"), W("recalls"),
	W("remarked"), W("replied"), W("replies"), W("reported"), W("responded"), W("said"),
	W("says"), W("shouted"), W("snapped"), W("stated"), W("states"), W("stressed"),
	W("suggested"), W("tells"), W("testified"), W("told"), W("tweeted"), W("urged"),
	W("vowed"), W("warned"), W("warns"), W("whispered"), W("wrote"), W("writes"), W("yelled"),
	/* French */
	W("affirme"), W("affirmé"), W("ajoute"), W("ajouté"), W("assure"), W("assuré"),
	W("confie"), W("confié"), W("déclare"), W("déclaré"), W("dit"), W("estime"), W("estimé"),
	W("explique"), W("expliqué"), W("indique"), W("indiqué"), W("insiste"), W("insisté"),
	W("lance"), W("lancé"), W("martèle"), W("martelé"), W("poursuit"), W("poursuivi"),
	W("précise"), W("précisé"), W("raconte"), W("raconté"), W("répond"), W("répondu"),
	W("souligne"), W("souligné"),
	/* German */
	W("betont"), W("betonte"), W("erklärt"), W("erklärte"), W("erzählte"), W("fordert"),
	W("forderte"), W("fügte"), W("kritisierte"), W("meint"), W("meinte"), W("sagt"),
	W("sagte"), W("schreibt"), W("schrieb"), W("teilte"), W("warnt"), W("warnte"),
		W("called"), W("calls"), W("calling"), W("described"), W("describes"),
	W("describing"), W("dubbed"), W("labelled"), W("dismissed"), W("denounced"), W("condemned"), W("hailed"), W("slammed"), W("derided"), W("labeled"), W("branded"),
	W("termed"), W("praised"), W("criticised"), W("criticized"), W("adding"),
	W("saying"), W("telling"), W("writing"), W("noting"), W("warning"),
	W("tweeting"), W("posting"), W("texted"), W("emailed"), W("recounted"), W("laughed"),
	W("sighed"), W("pleaded"), W("wondered"), W("quipped"), W("boasted"),
	W("lamented"), W("assured"), W("reiterated"), W("cautions"), W("déplore"),
	W("déploré"), W("sourit"), W("lâche"), W("lâché"), W("dénonce"), W("dénoncé"),
	W("réclame"), W("réclamé"), W("prévient"), W("prévenu"), W("analyse"),
	W("analysé"), W("répète"), W("répété"), W("reconnaît"), W("reconnu"),
	W("admet"), W("admis"), W("souffle"), W("soufflé"), W("glisse"), W("glissé"),
	W("tranche"), W("tranché"), W("résume"), W("résumé"), W("avoue"), W("avoué"),
	W("regrette"), W("regretté"), W("rappelle"), W("rappelé"), W("juge"),
	W("jugé"), W("observe"), W("observé"), W("ironise"), W("ironisé"),
	W("plaide"), W("plaidé"), W("commente"), W("commenté"), W("demande"),
	W("demandé"), W("promet"), W("promis"), W("conclut"), W("annonce"),
	W("annoncé"), W("qualifie"), W("qualifié"), W("écrit"), W("témoigne"),
	W("témoigné"), W("s'insurge"), W("insurge"), W("erzählt"), W("nannte"),
	W("nennt"), W("bezeichnete"), W("bezeichnet"), W("sprach"), W("spricht"),
	W("räumte"), W("ergänzte"), W("ergänzt"), W("versicherte"), W("versichert"),
	W("berichtete"), W("berichtet"), W("mahnte"), W("mahnt"), W("kritisiert"),
	W("antwortete"), W("antwortet"), W("fragte"), W("fragt"), W("twitterte"),
	W("verkündete"), W("verkündet"), W("unterstrich"), W("schildert"),
	W("schilderte"), W("findet"), W("fand"), W("glaubt"), W("kündigte"),
	W("rief"), W("hofft"), W("hoffte"), W("klagt"), W("klagte"), W("gab"),
	W("gibt"), W("hieß"), W("heißt"),
	/* more English verbs of saying */
	W("acknowledges"), W("announces"), W("concedes"), W("contends"),
	W("contended"), W("confided"), W("continues"), W("recounts"),
	W("grumbled"), W("groaned"), W("murmured"), W("muttered"),
	W("shrugged"), W("smiled"), W("grinned"), W("chuckled"), W("beamed"),
	W("scoffed"), W("retorted"), W("protested"), W("objected"),
	W("interjected"), W("ventured"), W("underscored"), W("reasoned"),
	W("speculated"), W("revealed"), W("disclosed"), W("alleged"),
	W("demanded"), W("begged"), W("marveled"), W("marvelled"),
	W("pledged"), W("reminded"), W("reflected"), W("clarified"),
	W("elaborated"), W("rebutted"), W("complains"), W("boasts"),
	W("insisting"), W("recalling"), W("explaining"), W("arguing"),
	/* opinions in a person's own words: X thought the scheme ‘daft’ */
	W("thought"), W("thinks"), W("believes"), W("believed"),
	W("feels"), W("felt"), W("considers"), W("considered"),
	/* more French ones (reflexives also without their "se") */
	W("soupire"), W("soupiré"), W("agace"), W("emporte"), W("tempête"),
	W("inquiète"), W("étonne"), W("indigne"), W("exclame"), W("félicite"),
	W("réjouit"), W("note"), W("noté"), W("relève"), W("relevé"),
	W("constate"), W("constaté"), W("nuance"), W("nuancé"), W("concède"),
	W("concédé"), W("proteste"), W("protesté"), W("réplique"),
	W("répliqué"), W("détaille"), W("détaillé"), W("reprend"), W("repris"),
	W("murmure"), W("murmuré"), W("plaisante"), W("amuse"), W("rit"),
	W("complète"), W("complété"), W("confirme"), W("confirmé"),
	W("rapporte"), W("rapporté"), W("conteste"), W("contesté"),
	W("tonne"), W("fulmine"), W("décrit"), W("assène"), W("raille"),
	W("avertit"), W("averti"), W("alarme"), W("argumente"), W("considère"),
	W("s’agace"), W("s’emporte"), W("s’inquiète"), W("s’étonne"),
	W("s’indigne"), W("s’exclame"), W("s’amuse"), W("s’alarme"), W("réagi"), W("réagit"), W("rétorque"), W("rétorqué"),
	W("salue"), W("salué"), W("fustige"), W("fustigé"),
	/* more German ones */
	W("erläutert"), W("erläuterte"), W("räumt"), W("gesteht"),
	W("gestand"), W("fügt"), W("lobt"), W("lobte"), W("beklagt"),
	W("beklagte"), W("bemängelt"), W("bemängelte"), W("verspricht"),
	W("versprach"), W("bestätigt"), W("bestätigte"), W("erinnert"),
	W("erinnerte"), W("entgegnet"), W("entgegnete"), W("widerspricht"),
	W("widersprach"), W("befürchtet"), W("befürchtete"), W("seufzt"),
	W("seufzte"), W("lacht"), W("lachte"), W("schimpft"), W("schimpfte"),
	W("beteuert"), W("beteuerte"), W("unterstreicht"), W("resümiert"),
	W("resümierte"), W("bilanziert"), W("bilanzierte"), W("sagen"),
	{ NULL, 0, 0 }
};

/* Capitalised at a sentence start, but never a name. */
static const struct qword stops[] = {
	W("A"), W("About"), W("According"), W("Across"), W("After"), W("Again"), W("Against"),
	W("Ahead"), W("All"), W("Also"), W("Although"), W("Among"), W("An"), W("And"), W("Another"),
	W("Any"), W("As"), W("At"), W("Because"), W("Before"), W("Both"), W("But"), W("By"), W("Can"),
	W("Critics"), W("Despite"), W("During"), W("Each"), W("Earlier"), W("Even"), W("Every"),
	W("For"), W("From"), W("Given"), W("He"), W("Her"), W("Here"), W("His"), W("However"), W("I"),
	W("If"), W("In"), W("Instead"), W("It"), W("Its"), W("Last"), W("Later"), W("Like"), W("Many"),
	W("Meanwhile"), W("More"), W("Most"), W("Much"), W("My"), W("Next"), W("No"), W("Not"), W("Now"),
	W("Of"), W("On"), W("Once"), W("One"), W("Only"), W("Or"), W("Other"), W("Our"), W("Over"),
	W("Q"), W("She"), W("Since"), W("So"), W("Some"), W("Still"), W("Such"), W("That"), W("The"),
	W("Their"), W("Then"), W("There"), W("These"), W("They"), W("This"), W("Those"), W("Though"),
	W("Thus"), W("To"), W("Today"), W("Under"), W("Unlike"), W("Until"), W("Upon"), W("We"),
	W("What"), W("When"), W("Where"), W("Whether"), W("Which"), W("While"), W("Who"), W("Why"),
	W("With"), W("Without"), W("Yesterday"), W("Yet"), W("You"), W("Your"),
	W("Il"), W("Elle"), W("Le"), W("La"), W("Les"), W("Un"), W("Une"), W("Selon"), W("Mais"), W("Et"),
	W("Der"), W("Die"), W("Das"), W("Ein"), W("Eine"), W("Er"), W("Sie"), W("Aber"), W("Und"),
	W("Laut"), W("Auch"), 	W("Monday"), W("Tuesday"), W("Wednesday"), W("Thursday"), W("Friday"),
	W("Saturday"), W("Sunday"), W("January"), W("February"), W("March"),
	W("July"), W("August"), W("September"), W("October"), W("November"),
	W("December"), W("Asked"), W("Others"), W("Officials"), W("Police"),
	W("Prosecutors"), W("Residents"), W("Supporters"), W("Analysts"), W("Son"),
	W("Sa"), W("Ses"), W("Mon"), W("Ma"), W("Mes"), W("Nous"), W("Vous"),
	W("Ils"), W("Elles"), W("Ce"), W("Cette"), W("Ces"), W("Dans"), W("Pour"),
	W("Avec"), W("Sans"), W("Depuis"), W("Après"), W("Avant"), W("Chez"),
	W("Certains"), W("Plusieurs"), W("Lundi"), W("Mardi"), W("Mercredi"),
	W("Jeudi"), W("Vendredi"), W("Samedi"), W("Dimanche"), W("Du"), W("Des"),
	W("Au"), W("Aux"), W("En"), W("Sur"), W("Lors"), W("Im"), W("Am"), W("Bei"),
	W("Nach"), W("Vor"), W("Für"), W("Mit"), W("Wir"), W("Ich"), W("Es"),
	W("Dessen"), W("Deren"), W("Dem"), W("Den"), W("Einen"), W("Einem"),
	W("Einer"), W("Doch"), W("Noch"), W("Wenn"), W("Als"), W("Wie"), W("Seit"),
	W("Namentlich"), W("Montag"), W("Dienstag"), W("Mittwoch"), W("Donnerstag"),
	W("Freitag"), W("Samstag"), W("Sonntag"), W("Zudem"), W("Dabei"), W("Damit"),
	W("Derzeit"), W("Viele"), W("Alle"), W("Jetzt"), W("Heute"), W("Gestern"),
	W("Morgen"), W("Bis"), W("Um"), W("Zum"), W("Zur"), W("Vom"), W("Beim"),
	{ NULL, 0, 0 }
};

/* Small words inside names: Ursula von der Leyen, Charles de Gaulle. */
/* Name particles (Ursula von der Leyen, Ana de la Reguera); der, la and
 * le only after another one (Anna Becker der Deutschen Presse-Agentur is
 * no name). */
static const struct qword particles[] = {
	W("al"), W("bin"), W("da"), W("de"), W("del"), W("della"),
	{ W2("der", QW_LINK_AFTER) }, W("di"), W("dos"), W("du"), W("ibn"),
	{ W2("la", QW_LINK_AFTER) }, { W2("le", QW_LINK_AFTER) }, W("ten"),
	W("ter"), W("van"), W("von"), { NULL, 0, 0 }
};

/* Nouns that make "Name, a <role> ..." a person. */
static const struct qword roles[] = {
	W("activist"), W("adviser"), W("advisor"), W("analyst"), W("attorney"), W("author"),
	W("candidate"), W("ceo"), W("chair"), W("chairman"), W("chairwoman"), W("chief"),
	W("coach"), W("commissioner"), W("councilmember"), W("councilwoman"),
	W("councilman"), W("czar"), W("director"), W("economist"), W("editor"), W("executive"),
	W("expert"), W("founder"), W("governor"), W("head"), W("lawmaker"), W("lawyer"),
	W("leader"), W("manager"), W("mayor"), W("member"), W("minister"), W("officer"),
	W("official"), W("organizer"), W("owner"), W("president"), W("professor"),
	W("researcher"), W("resident"), W("scientist"), W("secretary"), W("senator"),
	W("spokesman"), W("spokesperson"), W("spokeswoman"), W("student"),
	W("superintendent"), W("teacher"), 	W("wife"), W("husband"), W("son"), W("daughter"), W("mother"), W("father"),
	W("brother"), W("sister"), W("partner"), W("colleague"), W("neighbour"),
	W("neighbor"), W("friend"), W("captain"), W("striker"), W("winger"),
	W("goalkeeper"), W("midfielder"), W("defender"), W("novelist"), W("writer"),
	W("journalist"), W("engineer"), W("nurse"), W("doctor"), W("physician"),
	W("judge"), W("prosecutor"), W("librarian"), W("campaigner"), W("organiser"),
	W("investor"), W("strategist"), W("historian"), W("representative"),
	W("sponsor"), W("chancellor"), W("treasurer"), W("deputy"), W("aide"),
	W("counsel"), W("voisin"), W("voisine"), W("mari"), W("femme"), W("fils"),
	W("fille"), W("épouse"), W("frère"), W("sœur"), W("collègue"), W("président"),
	W("présidente"), W("maire"), W("adjoint"), W("adjointe"), W("ministre"),
	W("député"), W("députée"), W("directeur"), W("directrice"), W("porte-parole"),
	W("secrétaire"), W("avocat"), W("avocate"), W("procureur"), W("sénateur"),
	W("sénatrice"), W("politologue"), W("sociologue"), W("économiste"),
	W("chercheur"), W("chercheuse"), W("patron"), W("patronne"), W("fondateur"),
	W("fondatrice"),
	W("woman"), W("man"), W("passer-by"), W("shopper"), W("witness"),
	W("voter"), W("worker"), W("parent"), W("mum"), W("dad"),
	W("pensioner"), W("retiree"), W("customer"), W("patient"),
	W("exploitant"), W("exploitante"), W("agriculteur"), W("agricultrice"),
	W("viticulteur"), W("viticultrice"), W("vigneron"), W("vigneronne"),
	W("éleveur"), W("éleveuse"), W("commerçant"), W("commerçante"),
	W("habitant"), W("habitante"), W("retraité"), W("retraitée"),
	W("salarié"), W("salariée"), W("ouvrier"), W("ouvrière"),
	W("militant"), W("militante"), W("élu"), W("élue"), W("responsable"),
	W("gérant"), W("gérante"), W("médecin"), W("enseignant"),
	W("enseignante"), W("étudiant"), W("étudiante"), W("infirmier"),
	W("infirmière"), W("farmer"), W("landlord"), W("landlady"),
	W("grower"), W("shopkeeper"), W("veteran"),
	{ NULL, 0, 0 }
};

/* Abbreviations whose full stop does not end a sentence. */
static const struct qword abbrevs[] = {
	W("Adm"), W("Brig"), W("Capt"), W("Cmdr"), W("Co"), W("Col"), W("Corp"), W("Det"), W("Dr"),
	W("Gen"), W("Gov"), W("Inc"),
	W("Hon"), W("Insp"), W("Jr"), W("Lt"), W("M"), W("Maj"), W("Mlle"), W("Mme"), W("Mr"), W("Mrs"),
	W("Ms"), W("Mt"), W("Mx"), W("No"), W("Prof"), W("Rep"), W("Rev"), W("Sen"), W("Sgt"), W("Sr"),
	W("St"), W("Supt"), W("vs"), { NULL, 0, 0 }
};

/* Words that make a capitalised run an organisation or a place. */
static const struct qword orgs[] = {
	W("Agency"), W("Association"), W("Authority"), W("Bank"), W("Board"), W("Bureau"),
	W("Center"), W("Centre"), W("Chamber"), W("Church"), W("City"), W("College"),
	W("Commission"), W("Committee"), W("Company"), W("Corporation"), W("Council"),
	W("County"), W("Court"), W("Department"), W("District"), W("Federation"),
	W("Foundation"), W("Group"), W("Hall"), W("Hospital"), W("House"), W("Inc"),
	W("Institute"), W("League"), W("Ltd"), W("Ministry"), W("Museum"), W("Office"),
	W("Organisation"), W("Organization"), W("Parliament"), W("Party"), W("Police"),
	W("Reform"), W("Republic"), W("School"), W("Senate"), W("Service"), W("Society"),
	W("Station"), W("Street"), W("Union"), W("United"), W("University"), 	W("Avenue"), W("Road"), W("Square"), W("Press"),
	W("Capital"), W("Partners"), W("Ventures"), W("Brothers"), W("News"),
	W("Times"), W("Journal"), W("Airport"), W("River"), W("Lake"),
	W("Valley"), W("Island"), W("Bay"), W("Semiconductor"), W("Corp"),
	W("Technologies"), W("Systems"), W("Labs"), W("Media"), W("Holdings"),
	W("Airlines"), W("Motors"), W("Project"), W("Fund"), W("Trust"), W("Network"),
	W("Alliance"), W("Coalition"), W("Club"), W("Rovers"), W("Water"),
	W("Gewerkschaft"), W("Verband"), W("Zentralverband"), W("Ministerium"),
	W("Partei"), W("Assemblée"), W("Parti"), W("Mairie"), W("Agence"),
	W("Conseil"), W("Inter"),
	/* company, club and public-body endings */
	W("Therapeutics"), W("Pharmaceuticals"), W("Pharma"), W("Biotech"),
	W("Biosciences"), W("Industries"), W("Energy"), W("Airways"),
	W("Insurance"), W("Financial"), W("Securities"), W("Investments"),
	W("Associates"), W("Consulting"), W("Solutions"), W("Software"),
	W("Studios"), W("Entertainment"), W("Foods"), W("Brands"),
	W("Healthcare"), W("Logistics"), W("Railways"), W("Automotive"),
	W("Mining"), W("Resources"), W("Electric"), W("Telecom"),
	W("Communications"), W("Broadcasting"), W("Records"), W("Publishing"),
	W("Gallery"), W("Theatre"), W("Theater"), W("Orchestra"), W("Academy"),
	W("Assembly"), W("Tribunal"), W("Cabinet"), W("Administration"),
	W("Directorate"), W("Secretariat"), W("Navy"), W("Army"),
	W("Athletic"), W("Wanderers"), W("Rangers"), W("Albion"), W("FC"),
	W("AFC"), W("Plc"), W("PLC"), W("LLC"), W("GmbH"),
	W("Stiftung"), W("Behörde"), W("Verein"), W("Klinikum"),
	W("Universität"), W("Hochschule"), W("Bundesamt"), W("Landesamt"),
	W("Syndicat"), W("Ministère"), W("Préfecture"), W("Université"),
	W("Société"), W("Compagnie"), W("Groupe"), W("Banque"), W("Institut"),
	W("Fédération"), W("Campaign"), W("Local"),
	{ NULL, 0, 0 }
};

static const struct qword adverbs[] = {
	W("also"), W("again"), W("later"), W("then"), W("once"), W("quietly"), W("simply"),
	W("recently"), W("previously"), W("earlier"), W("bluntly"), W("flatly"), W("publicly"),
	W("privately"), W("repeatedly"), W("angrily"), W("calmly"), W("today"), W("yesterday"),
	W("has"), W("had"), W("have"), W("a"), W("ont"), W("hat"), W("habe"), W("hatte"), W("would"),
	W("will"), W("noch"), W("dann"), W("auch"), W("encore"), W("aussi"), W("ensuite"), { NULL, 0, 0 }
};

/* Words right before a quotation that make it a label, not speech: the
 * “Titanic of tech”, a so-called “pilot”, un « bouclier tarifaire ». */
static const struct qword labels[] = {
	W("the"), W("a"), W("an"), W("so-called"), W("dubbed"), W("nicknamed"),
	W("titled"), W("entitled"), W("le"), W("la"), W("les"), W("un"), W("une"),
	W("der"), W("die"), W("das"), W("den"), W("dem"), W("des"), W("ein"),
	W("eine"), W("einen"), W("einem"), W("einer"), W("sogenannte"),
	W("sogenannten"), { NULL, 0, 0 }
};

/* Words that give the source of what follows or precedes: According to
 * X, “…” / « … », selon X / „…“, so X / Laut X: „…“. */
static const struct qword accordings[] = {
	W("according"), W("to"), W("selon"), W("pour"), W("d’après"),
	W("laut"), W("so"), W("for"), { NULL, 0, 0 }
};

/* Conjunctions that join a second verb to the sentence's subject: X voted
 * against it and warned it would “…”. */
static const struct qword conjunctions[] = {
	W("and"), W("but"), W("then"), W("et"), W("mais"), W("puis"),
	W("und"), W("aber"), W("dann"), { NULL, 0, 0 }
};

/* Lower-case words inside an organisation's name: the Department for
 * Transport, the Department of Health and Human Services ("and" only
 * after another of them). */
static const struct qword orglinks[] = {
	W("of"), W("for"), { W2("and", QW_LINK_AFTER) }, W("on"), W("für"),
	{ NULL, 0, 0 }
};

/* Nouns that stand for the organisation last named, whatever it is:
 * "the company said". */
static const struct qword orgnouns[] = {
	/* English */
	W("company"), W("firm"), W("group"), W("carrier"), W("airline"),
	W("retailer"), W("insurer"), W("lender"), W("manufacturer"),
	W("drugmaker"), W("automaker"), W("startup"),
	/* German */
	W("Unternehmen"), W("Konzern"), W("Firma"),
	{ NULL, 0, 0 }
};

/* Definite articles before an epithet that stands for the subject of
 * the sentence before: « … », assure le jeune exploitant. */
static const struct qword definites[] = {
	W("the"), W("le"), W("la"), W("der"), W("die"), { NULL, 0, 0 }
};

/* Role nouns that tell a gender: his wife, Ellen; la voisine, Marie. */
static const struct qword role_genders[] = {
	/* English */
	{ W2("wife", 'f') }, { W2("mother", 'f') }, { W2("daughter", 'f') },
	{ W2("sister", 'f') }, { W2("girlfriend", 'f') }, { W2("widow", 'f') },
	{ W2("grandmother", 'f') }, { W2("aunt", 'f') }, { W2("niece", 'f') },
	{ W2("spokeswoman", 'f') }, { W2("chairwoman", 'f') },
	{ W2("councilwoman", 'f') }, { W2("businesswoman", 'f') },
	{ W2("congresswoman", 'f') }, { W2("mum", 'f') },
	{ W2("husband", 'm') }, { W2("father", 'm') }, { W2("son", 'm') },
	{ W2("brother", 'm') }, { W2("boyfriend", 'm') }, { W2("widower", 'm') },
	{ W2("grandfather", 'm') }, { W2("uncle", 'm') }, { W2("nephew", 'm') },
	{ W2("spokesman", 'm') }, { W2("chairman", 'm') },
	{ W2("councilman", 'm') }, { W2("businessman", 'm') },
	{ W2("congressman", 'm') }, { W2("dad", 'm') },
	/* French */
	{ W2("épouse", 'f') }, { W2("femme", 'f') }, { W2("fille", 'f') },
	{ W2("sœur", 'f') }, { W2("mère", 'f') }, { W2("voisine", 'f') },
	{ W2("mari", 'm') }, { W2("fils", 'm') }, { W2("frère", 'm') },
	{ W2("père", 'm') }, { W2("voisin", 'm') },
	/* German */
	{ W2("Frau", 'f') }, { W2("Tochter", 'f') }, { W2("Schwester", 'f') },
	{ W2("Mutter", 'f') },
	{ W2("Mann", 'm') }, { W2("Sohn", 'm') }, { W2("Bruder", 'm') },
	{ W2("Vater", 'm') },
	{ NULL, 0, 0 }
};

/* Letters after a name: Anthony Reeve KC, Jane Doe MP, John Smith Jr.
 * (exact case: "Md" or "ii" are no such letters). */
static const struct qword postnominals[] = {
	W("KC"), W("QC"), W("MP"), W("MSP"), W("MEP"), W("MBE"), W("OBE"),
	W("CBE"), W("PhD"), W("MD"), W("Jr"), W("Sr"), W("II"), W("III"),
	W("Esq"), { NULL, 0, 0 }
};

/* Title abbreviations and the role noun a later "the senator" uses. */
static const struct {
	const char	*abbr;
	const char	*full;
} title_fulls[] = {
	{ "sen", "senator" }, { "rep", "representative" },
	{ "gov", "governor" }, { "gen", "general" },
	{ "lt", "lieutenant" }, { "capt", "captain" },
	{ "det", "detective" }, { "sgt", "sergeant" },
	{ "insp", "inspector" }, { "supt", "superintendent" },
	{ "prof", "professor" }, { "dr", "doctor" },
	{ "rev", "reverend" }, { "adm", "admiral" },
	{ "col", "colonel" }, { "maj", "major" },
	{ "cmdr", "commander" },
};

/* Endings of an age used as a noun: the 58-year-old, der 41-Jährige,
 * un homme de 52 ans (exact case). */
static const char *const age_nouns[] = {
	"-year-old",				/* English */
	"-Jährige", "-jährige", "-Jähriger", "-jähriger", "-Jährigen",
	"-jährigen",				/* German */
	"-ans",					/* French */
};

/* Prepositions between a person and where they work: Marianne Holt of
 * the association told reporters; analysts at Barlow & Finch wrote. */
static const struct qword preps[] = {
	W("of"), W("at"), W("for"), W("from"), { NULL, 0, 0 }
};

/* Relative pronouns that close a noun phrase: a pastor, who asked ... */
static const struct qword relatives[] = {
	W("who"), W("whose"), W("qui"), W("dont"), { NULL, 0, 0 }
};

/* Articles of a language that capitalises its nouns: "sagte der
 * SPD-Politiker" is a role, not a name. */
static const struct qword nounarts[] = {
	W("der"), W("die"), { NULL, 0, 0 }
};

/* Indefinite subjects: "said a spokesman for X" names nobody. */
static const struct qword indefinites[] = {
	W("a"), W("an"), W("another"), W("one"), W("some"), W("un"), W("une"),
	W("ein"), W("eine"), W("einer"), W("einem"), { NULL, 0, 0 }
};

static const struct qword elisions[] = {
	W("bout"), W("cause"), W("cos"), W("em"), W("kay"), W("n"), W("nuff"), W("round"), W("s"),
	W("til"), W("tis"), W("twas"), W("twere"), W("ol"), W("er"), { NULL, 0, 0 }
};

/* First names most often met in the news, with their usual gender. */
static const struct qword first_names[] = {
	{ W2("Aaron", 'm') }, { W2("Abigail", 'f') }, { W2("Adam", 'm') },
	{ W2("Ahmed", 'm') }, { W2("Aiko", 'f') }, { W2("Alan", 'm') }, { W2("Albert", 'm') },
	{ W2("Alex", '?') }, { W2("Alexander", 'm') }, { W2("Alexandria", 'f') },
	{ W2("Ali", '?') }, { W2("Alice", 'f') }, { W2("Amanda", 'f') }, { W2("Amara", 'f') },
	{ W2("Amelia", 'f') }, { W2("Amy", 'f') }, { W2("Andrea", '?') },
	{ W2("Andrew", 'm') }, { W2("Andy", 'm') }, { W2("Angela", 'f') }, { W2("Ann", 'f') },
	{ W2("Anna", 'f') }, { W2("Annalena", 'f') }, { W2("Anne", 'f') },
	{ W2("Anthony", 'm') }, { W2("Antonio", 'm') }, { W2("Arthur", 'm') },
	{ W2("Ashley", 'f') }, { W2("Barack", 'm') }, { W2("Barbara", 'f') },
	{ W2("Ben", 'm') }, { W2("Benjamin", 'm') }, { W2("Bernie", 'm') },
	{ W2("Betty", 'f') }, { W2("Bill", 'm') }, { W2("Bob", 'm') }, { W2("Bobby", 'm') },
	{ W2("Boris", 'm') }, { W2("Brandon", 'm') }, { W2("Brenda", 'f') },
	{ W2("Brian", 'm') }, { W2("Bruce", 'm') }, { W2("Carl", 'm') }, { W2("Carlos", 'm') },
	{ W2("Carol", 'f') }, { W2("Caroline", 'f') }, { W2("Catherine", 'f') },
	{ W2("Charles", 'm') }, { W2("Charlie", '?') }, { W2("Charlotte", 'f') },
	{ W2("Chloe", 'f') }, { W2("Chris", '?') }, { W2("Christian", 'm') },
	{ W2("Christina", 'f') }, { W2("Christine", 'f') }, { W2("Christopher", 'm') },
	{ W2("Claire", 'f') }, { W2("Claude", '?') }, { W2("Colin", 'm') }, { W2("Dan", 'm') },
	{ W2("Daniel", 'm') }, { W2("Danielle", 'f') }, { W2("David", 'm') },
	{ W2("Deborah", 'f') }, { W2("Dennis", 'm') }, { W2("Diana", 'f') },
	{ W2("Diane", 'f') }, { W2("Dmitri", 'm') }, { W2("Donald", 'm') },
	{ W2("Donna", 'f') }, { W2("Dorothy", 'f') }, { W2("Douglas", 'm') },
	{ W2("Ed", 'm') }, { W2("Edward", 'm') }, { W2("Elena", 'f') },
	{ W2("Elizabeth", 'f') }, { W2("Ella", 'f') }, { W2("Elon", 'm') },
	{ W2("Emily", 'f') }, { W2("Emma", 'f') }, { W2("Emmanuel", 'm') },
	{ W2("Eric", 'm') }, { W2("Ethan", 'm') }, { W2("Eunisses", 'f') },
	{ W2("Eva", 'f') }, { W2("Evelyn", 'f') }, { W2("Fatima", 'f') },
	{ W2("Fiona", 'f') }, { W2("Frances", 'f') }, { W2("François", 'm') },
	{ W2("Frank", 'm') }, { W2("Fred", 'm') }, { W2("Friedrich", 'm') },
	{ W2("Gabriel", 'm') }, { W2("Gary", 'm') }, { W2("George", 'm') },
	{ W2("Georg", 'm') }, { W2("Giorgia", 'f') }, { W2("Giuseppe", 'm') },
	{ W2("Gloria", 'f') }, { W2("Grace", 'f') }, { W2("Graham", 'm') },
	{ W2("Greg", 'm') }, { W2("Gregory", 'm') }, { W2("Hannah", 'f') },
	{ W2("Hans", 'm') }, { W2("Harold", 'm') }, { W2("Harry", 'm') },
	{ W2("Hassan", 'm') }, { W2("Heather", 'f') }, { W2("Heinrich", 'm') },
	{ W2("Helen", 'f') }, { W2("Helga", 'f') }, { W2("Henry", 'm') },
	{ W2("Hillary", 'f') }, { W2("Hugh", 'm') }, { W2("Hugo", 'm') }, { W2("Ian", 'm') },
	{ W2("Ingrid", 'f') }, { W2("Ira", 'm') }, { W2("Isabel", 'f') },
	{ W2("Isabella", 'f') }, { W2("Ivan", 'm') }, { W2("Jack", 'm') },
	{ W2("Jackie", '?') }, { W2("Jacob", 'm') }, { W2("Jacqueline", 'f') },
	{ W2("Jacques", 'm') }, { W2("James", 'm') }, { W2("Jane", 'f') },
	{ W2("Janet", 'f') }, { W2("Jason", 'm') }, { W2("Jean", '?') }, { W2("Jeff", 'm') },
	{ W2("Jeffrey", 'm') }, { W2("Jennifer", 'f') }, { W2("Jeremy", 'm') },
	{ W2("Jerry", 'm') }, { W2("Jessica", 'f') }, { W2("Jill", 'f') }, { W2("Jim", 'm') },
	{ W2("Jimmy", 'm') }, { W2("Joan", 'f') }, { W2("Joe", 'm') }, { W2("John", 'm') },
	{ W2("Johnny", 'm') }, { W2("Jonas", 'm') }, { W2("Jonathan", 'm') },
	{ W2("Jordan", '?') }, { W2("Jose", 'm') }, { W2("José", 'm') }, { W2("Joseph", 'm') },
	{ W2("Joshua", 'm') }, { W2("Joyce", 'f') }, { W2("Juan", 'm') }, { W2("Judith", 'f') },
	{ W2("Judy", 'f') }, { W2("Julia", 'f') }, { W2("Julie", 'f') }, { W2("Jürgen", 'm') },
	{ W2("Justin", 'm') }, { W2("Kamala", 'f') }, { W2("Karen", 'f') },
	{ W2("Karin", 'f') }, { W2("Kate", 'f') }, { W2("Katherine", 'f') },
	{ W2("Kathleen", 'f') }, { W2("Keir", 'm') }, { W2("Keith", 'm') },
	{ W2("Kelly", '?') }, { W2("Ken", 'm') }, { W2("Kenneth", 'm') }, { W2("Kevin", 'm') },
	{ W2("Kim", '?') }, { W2("Klaus", 'm') }, { W2("Kwame", 'm') }, { W2("Lars", 'm') },
	{ W2("Laura", 'f') }, { W2("Lauren", 'f') }, { W2("Lawrence", 'm') },
	{ W2("Liam", 'm') }, { W2("Linda", 'f') }, { W2("Lisa", 'f') }, { W2("Liz", 'f') },
	{ W2("Louis", 'm') }, { W2("Lucy", 'f') }, { W2("Luis", 'm') }, { W2("Marco", 'm') },
	{ W2("Margaret", 'f') }, { W2("Maria", 'f') }, { W2("Marie", 'f') },
	{ W2("Marine", 'f') }, { W2("Mark", 'm') }, { W2("Martha", 'f') },
	{ W2("Martin", 'm') }, { W2("Mary", 'f') }, { W2("Mateus", 'm') },
	{ W2("Matt", 'm') }, { W2("Matthew", 'm') }, { W2("Megan", 'f') },
	{ W2("Melissa", 'f') }, { W2("Mia", 'f') }, { W2("Michael", 'm') },
	{ W2("Michel", 'm') }, { W2("Michelle", 'f') }, { W2("Miguel", 'm') },
	{ W2("Mike", 'm') }, { W2("Mohammed", 'm') }, { W2("Muhammad", 'm') },
	{ W2("Nancy", 'f') }, { W2("Narendra", 'm') }, { W2("Natalie", 'f') },
	{ W2("Nathan", 'm') }, { W2("Neil", 'm') }, { W2("Nicholas", 'm') },
	{ W2("Nick", 'm') }, { W2("Nicole", 'f') }, { W2("Nigel", 'm') }, { W2("Noah", 'm') },
	{ W2("Olaf", 'm') }, { W2("Olga", 'f') }, { W2("Olivia", 'f') },
	{ W2("Oliver", 'm') }, { W2("Omar", 'm') }, { W2("Pamela", 'f') },
	{ W2("Patricia", 'f') }, { W2("Patrick", 'm') }, { W2("Paul", 'm') },
	{ W2("Peter", 'm') }, { W2("Philip", 'm') }, { W2("Pierre", 'm') },
	{ W2("Priya", 'f') }, { W2("Rachel", 'f') }, { W2("Ralph", 'm') },
	{ W2("Raymond", 'm') }, { W2("Rebecca", 'f') }, { W2("Richard", 'm') },
	{ W2("Rishi", 'm') }, { W2("Rob", 'm') }, { W2("Robert", 'm') }, { W2("Roger", 'm') },
	{ W2("Ronald", 'm') }, { W2("Rose", 'f') }, { W2("Roy", 'm') }, { W2("Russell", 'm') },
	{ W2("Ruth", 'f') }, { W2("Ryan", 'm') }, { W2("Sally", 'f') }, { W2("Sam", '?') },
	{ W2("Samantha", 'f') }, { W2("Samuel", 'm') }, { W2("Sandra", 'f') },
	{ W2("Sara", 'f') }, { W2("Sarah", 'f') }, { W2("Scott", 'm') }, { W2("Sean", 'm') },
	{ W2("Sergei", 'm') }, { W2("Sharon", 'f') }, { W2("Simon", 'm') },
	{ W2("Sofia", 'f') }, { W2("Sophia", 'f') }, { W2("Sophie", 'f') },
	{ W2("Stephanie", 'f') }, { W2("Stephen", 'm') }, { W2("Steve", 'm') },
	{ W2("Steven", 'm') }, { W2("Sue", 'f') }, { W2("Susan", 'f') }, { W2("Ted", 'm') },
	{ W2("Teresa", 'f') }, { W2("Theresa", 'f') }, { W2("Thomas", 'm') },
	{ W2("Tim", 'm') }, { W2("Timothy", 'm') }, { W2("Tom", 'm') }, { W2("Tomás", 'm') },
	{ W2("Tony", 'm') }, { W2("Ursula", 'f') }, { W2("Victoria", 'f') },
	{ W2("Vincent", 'm') }, { W2("Virginia", 'f') }, { W2("Vladimir", 'm') },
	{ W2("Walter", 'm') }, { W2("Wayne", 'm') }, { W2("William", 'm') },
	{ W2("Wolfgang", 'm') }, { W2("Xi", 'm') }, { W2("Yuki", '?') }, { W2("Zoe", 'f') },
	{ W2("Zoë", 'f') }, { W2("Élodie", 'f') },
	/* more given names, from the languages the tables serve and the
	 * names news in them carries most ('?' where both are common) */
	{ W2("Aaliyah", 'f') }, { W2("Abby", 'f') }, { W2("Abdul", 'm') },
	{ W2("Abdullah", 'm') }, { W2("Ada", 'f') }, { W2("Adaeze", 'f') },
	{ W2("Adele", 'f') }, { W2("Adrian", 'm') }, { W2("Adriana", 'f') },
	{ W2("Adrien", 'm') }, { W2("Agathe", 'f') }, { W2("Agnes", 'f') },
	{ W2("Agnieszka", 'f') }, { W2("Ahmad", 'm') }, { W2("Aidan", 'm') },
	{ W2("Aileen", 'f') }, { W2("Aino", 'f') }, { W2("Aisha", 'f') },
	{ W2("Alain", 'm') }, { W2("Alastair", 'm') }, { W2("Alba", 'f') },
	{ W2("Alberto", 'm') }, { W2("Aldo", 'm') }, { W2("Alejandro", 'm') },
	{ W2("Aleksandr", 'm') }, { W2("Alessandra", 'f') },
	{ W2("Alessandro", 'm') }, { W2("Alessia", 'f') }, { W2("Alexandra", 'f') },
	{ W2("Alexei", 'm') }, { W2("Alexis", '?') }, { W2("Alfred", 'm') },
	{ W2("Alfredo", 'm') }, { W2("Alicia", 'f') }, { W2("Alina", 'f') },
	{ W2("Alison", 'f') }, { W2("Alma", 'f') }, { W2("Alonso", 'm') },
	{ W2("Alyssa", 'f') }, { W2("Amaka", 'f') }, { W2("Amal", 'f') },
	{ W2("Amber", 'f') }, { W2("Amina", 'f') }, { W2("Aminata", 'f') },
	{ W2("Amir", 'm') }, { W2("Amit", 'm') }, { W2("Ana", 'f') },
	{ W2("Anastasia", 'f') }, { W2("Anaïs", 'f') }, { W2("Anders", 'm') },
	{ W2("Andreas", 'm') }, { W2("Andreea", 'f') }, { W2("Andrei", 'm') },
	{ W2("Andriy", 'm') }, { W2("Andrés", 'm') }, { W2("Angelika", 'f') },
	{ W2("Angelina", 'f') }, { W2("Angelo", 'm') }, { W2("Angus", 'm') },
	{ W2("Anil", 'm') }, { W2("Anita", 'f') }, { W2("Anja", 'f') },
	{ W2("Anjali", 'f') }, { W2("Anke", 'f') }, { W2("Annette", 'f') },
	{ W2("Annie", 'f') }, { W2("Annika", 'f') }, { W2("Anouk", 'f') },
	{ W2("Antje", 'f') }, { W2("Antoine", 'm') }, { W2("Anton", 'm') },
	{ W2("Antonia", 'f') }, { W2("Aoife", 'f') }, { W2("Apolline", 'f') },
	{ W2("April", 'f') }, { W2("Ariana", 'f') }, { W2("Ariel", '?') },
	{ W2("Arjun", 'm') }, { W2("Armin", 'm') }, { W2("Arnaud", 'm') },
	{ W2("Arne", 'm') }, { W2("Arturo", 'm') }, { W2("Astrid", 'f') },
	{ W2("Audrey", 'f') }, { W2("Aurélie", 'f') }, { W2("Aurélien", 'm') },
	{ W2("Ava", 'f') }, { W2("Avery", '?') }, { W2("Axel", 'm') },
	{ W2("Ayesha", 'f') }, { W2("Baptiste", 'm') }, { W2("Barry", 'm') },
	{ W2("Bastian", 'm') }, { W2("Bastien", 'm') }, { W2("Beata", 'f') },
	{ W2("Beatrice", 'f') }, { W2("Beatriz", 'f') }, { W2("Bella", 'f') },
	{ W2("Benedikt", 'm') }, { W2("Benoît", 'm') }, { W2("Bernadette", 'f') },
	{ W2("Bernard", 'm') }, { W2("Bernd", 'm') }, { W2("Beth", 'f') },
	{ W2("Bethany", 'f') }, { W2("Bettina", 'f') }, { W2("Bianca", 'f') },
	{ W2("Birgit", 'f') }, { W2("Björn", 'm') }, { W2("Blake", 'm') },
	{ W2("Bogdan", 'm') }, { W2("Bradley", 'm') }, { W2("Bram", 'm') },
	{ W2("Brendan", 'm') }, { W2("Brett", 'm') }, { W2("Brigitte", 'f') },
	{ W2("Britt", 'f') }, { W2("Britta", 'f') }, { W2("Brittany", 'f') },
	{ W2("Bronwen", 'f') }, { W2("Brooke", 'f') }, { W2("Bruno", 'm') },
	{ W2("Burak", 'm') }, { W2("Bérénice", 'f') }, { W2("Caleb", 'm') },
	{ W2("Callum", 'm') }, { W2("Calvin", 'm') }, { W2("Cameron", 'm') },
	{ W2("Camila", 'f') }, { W2("Camille", '?') }, { W2("Caoimhe", 'f') },
	{ W2("Carla", 'f') }, { W2("Carmen", 'f') }, { W2("Carolina", 'f') },
	{ W2("Carsten", 'm') }, { W2("Casey", 'm') }, { W2("Cassandra", 'f') },
	{ W2("Catriona", 'f') }, { W2("Cecilia", 'f') }, { W2("Cedric", 'm') },
	{ W2("Cesar", 'm') }, { W2("Chad", 'm') }, { W2("Chantal", 'f') },
	{ W2("Charlène", 'f') }, { W2("Chelsea", 'f') }, { W2("Chiamaka", 'f') },
	{ W2("Chiara", 'f') }, { W2("Chinedu", 'm') }, { W2("Chloé", 'f') },
	{ W2("Christa", 'f') }, { W2("Christelle", 'f') }, { W2("Christoph", 'm') },
	{ W2("Christophe", 'm') }, { W2("Ciara", 'f') }, { W2("Ciarán", 'm') },
	{ W2("Cindy", 'f') }, { W2("Clara", 'f') }, { W2("Clarence", 'm') },
	{ W2("Clarissa", 'f') }, { W2("Claudia", 'f') }, { W2("Claudio", 'm') },
	{ W2("Clemens", 'm') }, { W2("Clint", 'm') }, { W2("Clive", 'm') },
	{ W2("Clémence", 'f') }, { W2("Clément", 'm') }, { W2("Cole", 'm') },
	{ W2("Colette", 'f') }, { W2("Connie", 'f') }, { W2("Connor", 'm') },
	{ W2("Conor", 'm') }, { W2("Constance", 'f') }, { W2("Cora", 'f') },
	{ W2("Corinne", 'f') }, { W2("Cormac", 'm') }, { W2("Courtney", 'f') },
	{ W2("Craig", 'm') }, { W2("Cristina", 'f') }, { W2("Crystal", 'f') },
	{ W2("Curtis", 'm') }, { W2("Cynthia", 'f') }, { W2("Cyril", 'm') },
	{ W2("Cyrille", 'm') }, { W2("Cédric", 'm') }, { W2("Céline", 'f') },
	{ W2("César", 'm') }, { W2("Dafydd", 'm') }, { W2("Dagmar", 'f') },
	{ W2("Daiki", 'm') }, { W2("Daisy", 'f') }, { W2("Dale", 'm') },
	{ W2("Damian", 'm') }, { W2("Damien", 'm') }, { W2("Dana", 'f') },
	{ W2("Daniela", 'f') }, { W2("Daphne", 'f') }, { W2("Darius", 'm') },
	{ W2("Darnell", 'm') }, { W2("Darren", 'm') }, { W2("Darya", 'f') },
	{ W2("Dave", 'm') }, { W2("DeShawn", 'm') }, { W2("Dean", 'm') },
	{ W2("Declan", 'm') }, { W2("Deepa", 'f') }, { W2("Deepak", 'm') },
	{ W2("Deirdre", 'f') }, { W2("Delphine", 'f') }, { W2("Denis", 'm') },
	{ W2("Denise", 'f') }, { W2("Derek", 'm') }, { W2("Dermot", 'm') },
	{ W2("Desmond", 'm') }, { W2("Didier", 'm') }, { W2("Diego", 'm') },
	{ W2("Dieter", 'm') }, { W2("Dietmar", 'm') }, { W2("Dirk", 'm') },
	{ W2("Divya", 'f') }, { W2("Dmytro", 'm') }, { W2("Dominic", 'm') },
	{ W2("Dominik", 'm') }, { W2("Dominique", '?') }, { W2("Donatella", 'f') },
	{ W2("Doris", 'f') }, { W2("Dorothea", 'f') }, { W2("Duncan", 'm') },
	{ W2("Dustin", 'm') }, { W2("Dylan", 'm') }, { W2("Eamon", 'm') },
	{ W2("Edgar", 'm') }, { W2("Edith", 'f') }, { W2("Eduardo", 'm') },
	{ W2("Edwin", 'm') }, { W2("Eileen", 'f') }, { W2("Eilidh", 'f') },
	{ W2("Eira", 'f') }, { W2("Eirik", 'm') }, { W2("Ekaterina", 'f') },
	{ W2("Elaine", 'f') }, { W2("Eleanor", 'f') }, { W2("Elias", 'm') },
	{ W2("Elif", 'f') }, { W2("Elijah", 'm') }, { W2("Elin", 'f') },
	{ W2("Elisa", 'f') }, { W2("Elisabeth", 'f') }, { W2("Elisabetta", 'f') },
	{ W2("Elke", 'f') }, { W2("Ellen", 'f') }, { W2("Eloise", 'f') },
	{ W2("Elsa", 'f') }, { W2("Emeka", 'm') }, { W2("Emil", 'm') },
	{ W2("Emile", 'm') }, { W2("Emilia", 'f') }, { W2("Emilio", 'm') },
	{ W2("Enrico", 'm') }, { W2("Enzo", 'm') }, { W2("Eoin", 'm') },
	{ W2("Erica", 'f') }, { W2("Erik", 'm') }, { W2("Erika", 'f') },
	{ W2("Erin", 'f') }, { W2("Erlend", 'm') }, { W2("Ernst", 'm') },
	{ W2("Esteban", 'm') }, { W2("Estelle", 'f') }, { W2("Esther", 'f') },
	{ W2("Euan", 'm') }, { W2("Eugene", 'm') }, { W2("Eugenie", 'f') },
	{ W2("Evan", 'm') }, { W2("Ewa", 'f') }, { W2("Ewan", 'm') },
	{ W2("Fabian", 'm') }, { W2("Fabien", 'm') }, { W2("Fabienne", 'f') },
	{ W2("Fabio", 'm') }, { W2("Fabrice", 'm') }, { W2("Fabrizio", 'm') },
	{ W2("Fanny", 'f') }, { W2("Farah", 'f') }, { W2("Fatou", 'f') },
	{ W2("Federica", 'f') }, { W2("Felicity", 'f') }, { W2("Felipe", 'm') },
	{ W2("Felix", 'm') }, { W2("Femke", 'f') }, { W2("Fenella", 'f') },
	{ W2("Ferdinand", 'm') }, { W2("Fernando", 'm') }, { W2("Ffion", 'f') },
	{ W2("Finn", 'm') }, { W2("Florence", 'f') }, { W2("Florian", 'm') },
	{ W2("Folake", 'f') }, { W2("Francesca", 'f') }, { W2("Francis", 'm') },
	{ W2("Francisco", 'm') }, { W2("Franco", 'm') }, { W2("Franziska", 'f') },
	{ W2("Fraser", 'm') }, { W2("Frederic", 'm') }, { W2("Freya", 'f') },
	{ W2("Frida", 'f') }, { W2("Frédéric", 'm') }, { W2("Félix", 'm') },
	{ W2("Gabor", 'm') }, { W2("Gabriela", 'f') }, { W2("Gabriele", '?') },
	{ W2("Gabrielle", 'f') }, { W2("Gareth", 'm') }, { W2("Garrett", 'm') },
	{ W2("Gaston", 'm') }, { W2("Gavin", 'm') }, { W2("Gaël", 'm') },
	{ W2("Gaëlle", 'f') }, { W2("Geert", 'm') }, { W2("Gemma", 'f') },
	{ W2("Geneviève", 'f') }, { W2("Geoff", 'm') }, { W2("Geoffrey", 'm') },
	{ W2("Georgia", 'f') }, { W2("Gerald", 'm') }, { W2("Gerard", 'm') },
	{ W2("Gerhard", 'm') }, { W2("Gert", 'm') }, { W2("Gertrud", 'f') },
	{ W2("Gethin", 'm') }, { W2("Ghislaine", 'f') }, { W2("Giacomo", 'm') },
	{ W2("Gianluca", 'm') }, { W2("Gilbert", 'm') }, { W2("Gilles", 'm') },
	{ W2("Gillian", 'f') }, { W2("Gina", 'f') }, { W2("Giovanni", 'm') },
	{ W2("Giulia", 'f') }, { W2("Glenn", 'm') }, { W2("Gonzalo", 'm') },
	{ W2("Gordon", 'm') }, { W2("Graeme", 'm') }, { W2("Grainne", 'f') },
	{ W2("Grant", 'm') }, { W2("Greta", 'f') }, { W2("Grigory", 'm') },
	{ W2("Grégory", 'm') }, { W2("Guadalupe", 'f') }, { W2("Gudrun", 'f') },
	{ W2("Guillaume", 'm') }, { W2("Gunnar", 'm') }, { W2("Gustav", 'm') },
	{ W2("Guy", 'm') }, { W2("Gwen", 'f') }, { W2("Gérard", 'm') },
	{ W2("Günter", 'm') }, { W2("Günther", 'm') }, { W2("Hailey", 'f') },
	{ W2("Hakan", 'm') }, { W2("Halima", 'f') }, { W2("Hamid", 'm') },
	{ W2("Hamish", 'm') }, { W2("Hamza", 'm') }, { W2("Hanna", 'f') },
	{ W2("Hao", 'm') }, { W2("Harald", 'm') }, { W2("Harriet", 'f') },
	{ W2("Haruto", 'm') }, { W2("Harvey", 'm') }, { W2("Hazel", 'f') },
	{ W2("Heidi", 'f') }, { W2("Heike", 'f') }, { W2("Heiko", 'm') },
	{ W2("Helena", 'f') }, { W2("Helmut", 'm') }, { W2("Hendrik", 'm') },
	{ W2("Henrik", 'm') }, { W2("Herbert", 'm') }, { W2("Hermann", 'm') },
	{ W2("Hervé", 'm') }, { W2("Hilary", 'f') }, { W2("Hilde", 'f') },
	{ W2("Hiroshi", 'm') }, { W2("Holly", 'f') }, { W2("Horst", 'm') },
	{ W2("Howard", 'm') }, { W2("Hubert", 'm') }, { W2("Hui", 'f') },
	{ W2("Hye", 'f') }, { W2("Hélène", 'f') }, { W2("Ibrahim", 'm') },
	{ W2("Ida", 'f') }, { W2("Ignacio", 'm') }, { W2("Igor", 'm') },
	{ W2("Ilaria", 'f') }, { W2("Ilona", 'f') }, { W2("Ilse", 'f') },
	{ W2("Imani", 'f') }, { W2("Imogen", 'f') }, { W2("Ines", 'f') },
	{ W2("Ingeborg", 'f') }, { W2("Ingo", 'm') }, { W2("Inmaculada", 'f') },
	{ W2("Inès", 'f') }, { W2("Ioana", 'f') }, { W2("Irene", 'f') },
	{ W2("Irina", 'f') }, { W2("Iris", 'f') }, { W2("Isaac", 'm') },
	{ W2("Isabelle", 'f') }, { W2("Isla", 'f') }, { W2("Ismail", 'm') },
	{ W2("Ivana", 'f') }, { W2("Iwan", 'm') }, { W2("Iñaki", 'm') },
	{ W2("Jabari", 'm') }, { W2("Jade", 'f') }, { W2("Jakob", 'm') },
	{ W2("Jakub", 'm') }, { W2("Jamal", 'm') }, { W2("Jamie", '?') },
	{ W2("Jan", 'm') }, { W2("Jana", 'f') }, { W2("Janice", 'f') },
	{ W2("Jarrod", 'm') }, { W2("Jasmin", 'f') }, { W2("Jasmine", 'f') },
	{ W2("Javier", 'm') }, { W2("Jean-Claude", 'm') },
	{ W2("Jean-François", 'm') }, { W2("Jean-Louis", 'm') },
	{ W2("Jean-Luc", 'm') }, { W2("Jean-Marc", 'm') },
	{ W2("Jean-Michel", 'm') }, { W2("Jean-Paul", 'm') },
	{ W2("Jean-Pierre", 'm') }, { W2("Jeanne", 'f') }, { W2("Jenny", 'f') },
	{ W2("Jens", 'm') }, { W2("Jeroen", 'm') }, { W2("Jesper", 'm') },
	{ W2("Jesse", '?') }, { W2("Jessie", 'f') }, { W2("Jesús", 'm') },
	{ W2("Ji", 'f') }, { W2("Jian", 'm') }, { W2("Joachim", 'm') },
	{ W2("Joanna", 'f') }, { W2("Joaquín", 'm') }, { W2("Jody", '?') },
	{ W2("Joel", 'm') }, { W2("Johan", 'm') }, { W2("Johanna", 'f') },
	{ W2("Johannes", 'm') }, { W2("Jonah", 'm') }, { W2("Joost", 'm') },
	{ W2("Jordi", 'm') }, { W2("Jorge", 'm') }, { W2("Josef", 'm') },
	{ W2("Josephine", 'f') }, { W2("Josiane", 'f') }, { W2("Joy", 'f') },
	{ W2("Juha", 'm') }, { W2("Jukka", 'm') }, { W2("Jules", '?') },
	{ W2("Julian", 'm') }, { W2("Juliane", 'f') }, { W2("Julianne", 'f') },
	{ W2("Julien", 'm') }, { W2("Juliette", 'f') }, { W2("Julius", 'm') },
	{ W2("Jun", 'm') }, { W2("June", 'f') }, { W2("Jutta", 'f') },
	{ W2("Jérôme", 'm') }, { W2("Jörg", 'm') }, { W2("Kai", '?') },
	{ W2("Kaisa", 'f') }, { W2("Kaitlyn", 'f') }, { W2("Kara", 'f') },
	{ W2("Karim", 'm') }, { W2("Karina", 'f') }, { W2("Karl", 'm') },
	{ W2("Karla", 'f') }, { W2("Karoline", 'f') }, { W2("Karsten", 'm') },
	{ W2("Kasper", 'm') }, { W2("Katarina", 'f') }, { W2("Katarzyna", 'f') },
	{ W2("Katharina", 'f') }, { W2("Kathrin", 'f') }, { W2("Katie", 'f') },
	{ W2("Katja", 'f') }, { W2("Katrin", 'f') }, { W2("Kayla", 'f') },
	{ W2("Keiko", 'f') }, { W2("Keisha", 'f') }, { W2("Kemal", 'm') },
	{ W2("Kendra", 'f') }, { W2("Kenji", 'm') }, { W2("Kenta", 'm') },
	{ W2("Kerstin", 'f') }, { W2("Kieran", 'm') }, { W2("Kimberly", 'f') },
	{ W2("Kirk", 'm') }, { W2("Kirsten", 'f') }, { W2("Koen", 'm') },
	{ W2("Kofi", 'm') }, { W2("Konrad", 'm') }, { W2("Kristin", 'f') },
	{ W2("Kristina", 'f') }, { W2("Krzysztof", 'm') }, { W2("Kurt", 'm') },
	{ W2("Kwabena", 'm') }, { W2("Kyle", 'm') }, { W2("Laila", 'f') },
	{ W2("Lakshmi", 'f') }, { W2("Lamar", 'm') }, { W2("Lance", 'm') },
	{ W2("Lara", 'f') }, { W2("Larissa", 'f') }, { W2("Latoya", 'f') },
	{ W2("Laurence", 'f') }, { W2("Laurent", 'm') }, { W2("Leah", 'f') },
	{ W2("Leigh", 'f') }, { W2("Leila", 'f') }, { W2("Lena", 'f') },
	{ W2("Leo", 'm') }, { W2("Leon", 'm') }, { W2("Leonard", 'm') },
	{ W2("Leonardo", 'm') }, { W2("Leonie", 'f') }, { W2("Lesley", 'f') },
	{ W2("Leslie", '?') }, { W2("Lewis", 'm') }, { W2("Lieke", 'f') },
	{ W2("Lila", 'f') }, { W2("Lilian", 'f') }, { W2("Lily", 'f') },
	{ W2("Lina", 'f') }, { W2("Lindsay", 'f') }, { W2("Lindsey", 'f') },
	{ W2("Lionel", 'm') }, { W2("Lise", 'f') },
	{ W2("Lisette", 'f') }, { W2("Liv", 'f') },
	{ W2("Logan", 'm') }, { W2("Lorena", 'f') }, { W2("Lorenzo", 'm') },
	{ W2("Lorraine", 'f') }, { W2("Lothar", 'm') }, { W2("Lotte", 'f') },
	{ W2("Louise", 'f') }, { W2("Loïc", 'm') }, { W2("Luana", 'f') },
	{ W2("Luca", 'm') }, { W2("Lucas", 'm') }, { W2("Lucia", 'f') },
	{ W2("Lucie", 'f') }, { W2("Lucía", 'f') }, { W2("Ludovic", 'm') },
	{ W2("Ludwig", 'm') }, { W2("Luigi", 'm') }, { W2("Luisa", 'f') },
	{ W2("Luise", 'f') }, { W2("Lukas", 'm') }, { W2("Luke", 'm') },
	{ W2("Lukáš", 'm') }, { W2("Lydia", 'f') }, { W2("Lyudmila", 'f') },
	{ W2("Léa", 'f') }, { W2("Léna", 'f') }, { W2("Léo", 'm') },
	{ W2("Léon", 'm') }, { W2("Madeleine", 'f') }, { W2("Madison", 'f') },
	{ W2("Mads", 'm') }, { W2("Maeve", 'f') }, { W2("Magda", 'f') },
	{ W2("Magdalena", 'f') }, { W2("Maggie", 'f') }, { W2("Magnus", 'm') },
	{ W2("Maja", 'f') }, { W2("Malala", 'f') }, { W2("Malcolm", 'm') },
	{ W2("Malgorzata", 'f') }, { W2("Malin", 'f') }, { W2("Manfred", 'm') },
	{ W2("Manon", 'f') }, { W2("Manuel", 'm') }, { W2("Mara", 'f') },
	{ W2("Marc", 'm') }, { W2("Marc-André", 'm') }, { W2("Marcel", 'm') },
	{ W2("Marcela", 'f') }, { W2("Marcus", 'm') }, { W2("Marek", 'm') },
	{ W2("Margaux", 'f') }, { W2("Margot", 'f') }, { W2("Marguerite", 'f') },
	{ W2("Mariana", 'f') }, { W2("Marianne", 'f') }, { W2("Marieke", 'f') },
	{ W2("Marina", 'f') }, { W2("Mario", 'm') }, { W2("Marion", 'f') },
	{ W2("Marisa", 'f') }, { W2("Marit", 'f') }, { W2("Marius", 'm') },
	{ W2("Marko", 'm') }, { W2("Markus", 'm') }, { W2("Marlene", 'f') },
	{ W2("Marta", 'f') }, { W2("Martina", 'f') }, { W2("Martine", 'f') },
	{ W2("Maryam", 'f') }, { W2("Massimo", 'm') }, { W2("Mateo", 'm') },
	{ W2("Mathias", 'm') }, { W2("Mathieu", 'm') }, { W2("Mathilde", 'f') },
	{ W2("Mathis", 'm') }, { W2("Mats", 'm') }, { W2("Matteo", 'm') },
	{ W2("Matthias", 'm') }, { W2("Maureen", 'f') }, { W2("Maurice", 'm') },
	{ W2("Maurizio", 'm') }, { W2("Max", 'm') }, { W2("Maxime", '?') },
	{ W2("Maximilian", 'm') }, { W2("Maxine", 'f') }, { W2("Maya", 'f') },
	{ W2("Maël", 'm') }, { W2("Maëlle", 'f') }, { W2("Meera", 'f') },
	{ W2("Mehdi", 'm') }, { W2("Mehmet", 'm') }, { W2("Mei", 'f') },
	{ W2("Melanie", 'f') }, { W2("Mercedes", 'f') }, { W2("Meredith", 'f') },
	{ W2("Mette", 'f') }, { W2("Mhairi", 'f') }, { W2("Michele", 'm') },
	{ W2("Mikhail", 'm') }, { W2("Mikkel", 'm') }, { W2("Mikko", 'm') },
	{ W2("Mila", 'f') }, { W2("Milan", 'm') }, { W2("Mildred", 'f') },
	{ W2("Miles", 'm') }, { W2("Min", 'f') }, { W2("Mina", 'f') },
	{ W2("Miranda", 'f') }, { W2("Mireille", 'f') }, { W2("Miriam", 'f') },
	{ W2("Miroslav", 'm') }, { W2("Mitchell", 'm') }, { W2("Mohamed", 'm') },
	{ W2("Moira", 'f') }, { W2("Molly", 'f') }, { W2("Monica", 'f') },
	{ W2("Monika", 'f') }, { W2("Montserrat", 'f') }, { W2("Morgan", '?') },
	{ W2("Moritz", 'm') }, { W2("Morten", 'm') }, { W2("Murielle", 'f') },
	{ W2("Mustafa", 'm') }, { W2("Mykola", 'm') }, { W2("Mélanie", 'f') },
	{ W2("Nabil", 'm') }, { W2("Nadia", 'f') }, { W2("Nadine", 'f') },
	{ W2("Nadège", 'f') }, { W2("Naoko", 'f') }, { W2("Naomi", 'f') },
	{ W2("Nasser", 'm') }, { W2("Natalia", 'f') }, { W2("Natasha", 'f') },
	{ W2("Nathalie", 'f') }, { W2("Nathaniel", 'm') }, { W2("Neha", 'f') },
	{ W2("Nelson", 'm') }, { W2("Ngozi", 'f') }, { W2("Nia", 'f') },
	{ W2("Niall", 'm') }, { W2("Niamh", 'f') }, { W2("Nicola", '?') },
	{ W2("Nicolas", 'm') }, { W2("Nikita", 'm') }, { W2("Niklas", 'm') },
	{ W2("Nikolai", 'm') }, { W2("Nils", 'm') }, { W2("Nina", 'f') },
	{ W2("Nora", 'f') }, { W2("Norbert", 'm') }, { W2("Norman", 'm') },
	{ W2("Noura", 'f') }, { W2("Océane", 'f') }, { W2("Odette", 'f') },
	{ W2("Odile", 'f') }, { W2("Oisín", 'm') }, { W2("Oksana", 'f') },
	{ W2("Ole", 'm') }, { W2("Oleksandr", 'm') }, { W2("Olena", 'f') },
	{ W2("Olivier", 'm') }, { W2("Oluwaseun", 'm') }, { W2("Ondřej", 'm') },
	{ W2("Ophélie", 'f') }, { W2("Orla", 'f') }, { W2("Oscar", 'm') },
	{ W2("Oskar", 'm') }, { W2("Otto", 'm') }, { W2("Owen", 'm') },
	{ W2("Pablo", 'm') }, { W2("Padraig", 'm') }, { W2("Paloma", 'f') },
	{ W2("Paola", 'f') }, { W2("Paolo", 'm') }, { W2("Pascal", 'm') },
	{ W2("Pascale", 'f') }, { W2("Patrice", '?') }, { W2("Patrizia", 'f') },
	{ W2("Pau", 'm') }, { W2("Paula", 'f') }, { W2("Pauline", 'f') },
	{ W2("Pavel", 'm') }, { W2("Paweł", 'm') }, { W2("Pedro", 'm') },
	{ W2("Pekka", 'm') }, { W2("Penelope", 'f') }, { W2("Per", 'm') },
	{ W2("Percy", 'm') }, { W2("Petr", 'm') }, { W2("Petra", 'f') },
	{ W2("Philippa", 'f') }, { W2("Philippe", 'm') }, { W2("Phillip", 'm') },
	{ W2("Phoebe", 'f') }, { W2("Pia", 'f') }, { W2("Pierre-Yves", 'm') },
	{ W2("Pieter", 'm') }, { W2("Pietro", 'm') }, { W2("Pilar", 'f') },
	{ W2("Piotr", 'm') }, { W2("Polly", 'f') }, { W2("Pooja", 'f') },
	{ W2("Quentin", 'm') }, { W2("Quinn", '?') }, { W2("Rachid", 'm') },
	{ W2("Rachida", 'f') }, { W2("Rafael", 'm') }, { W2("Rahul", 'm') },
	{ W2("Rainer", 'm') }, { W2("Rajesh", 'm') }, { W2("Ralf", 'm') },
	{ W2("Ramon", 'm') }, { W2("Randy", 'm') }, { W2("Rania", 'f') },
	{ W2("Raphaël", 'm') }, { W2("Rasmus", 'm') }, { W2("Raul", 'm') },
	{ W2("Ravi", 'm') }, { W2("Raúl", 'm') }, { W2("Rebekka", 'f') },
	{ W2("Regina", 'f') }, { W2("Reinhard", 'm') }, { W2("Renate", 'f') },
	{ W2("René", 'm') }, { W2("Reza", 'm') }, { W2("Rhian", 'f') },
	{ W2("Rhonda", 'f') }, { W2("Rhys", 'm') }, { W2("Ricardo", 'm') },
	{ W2("Riccardo", 'm') }, { W2("Rick", 'm') }, { W2("Rico", 'm') },
	{ W2("Riley", '?') }, { W2("Rita", 'f') }, { W2("Roberta", 'f') },
	{ W2("Roberto", 'm') }, { W2("Robin", '?') }, { W2("Rocío", 'f') },
	{ W2("Rodrigo", 'm') }, { W2("Roland", 'm') }, { W2("Rolf", 'm') },
	{ W2("Romain", 'm') }, { W2("Roman", 'm') }, { W2("Ron", 'm') },
	{ W2("Rory", 'm') }, { W2("Rosa", 'f') }, { W2("Rosalie", 'f') },
	{ W2("Rosalind", 'f') }, { W2("Rosaria", 'f') }, { W2("Rosemary", 'f') },
	{ W2("Ross", 'm') }, { W2("Rowan", '?') }, { W2("Roxane", 'f') },
	{ W2("Ruairí", 'm') }, { W2("Ruaridh", 'm') }, { W2("Rudolf", 'm') },
	{ W2("Rupert", 'm') }, { W2("Ruud", 'm') }, { W2("Régis", 'm') },
	{ W2("Rémi", 'm') }, { W2("Rémy", 'm') }, { W2("Róisín", 'f') },
	{ W2("Sabine", 'f') }, { W2("Sabrina", 'f') }, { W2("Sakura", 'f') },
	{ W2("Salma", 'f') }, { W2("Salvatore", 'm') }, { W2("Sami", 'm') },
	{ W2("Samir", 'm') }, { W2("Sander", 'm') }, { W2("Sandrine", 'f') },
	{ W2("Sandro", 'm') }, { W2("Sanjay", 'm') }, { W2("Sanna", 'f') },
	{ W2("Sanne", 'f') }, { W2("Santiago", 'm') }, { W2("Saoirse", 'f') },
	{ W2("Sasha", '?') }, { W2("Saskia", 'f') }, { W2("Seamus", 'm') },
	{ W2("Sebastian", 'm') }, { W2("Selina", 'f') }, { W2("Serge", 'm') },
	{ W2("Sergio", 'm') }, { W2("Seth", 'm') }, { W2("Shane", 'm') },
	{ W2("Shanice", 'f') }, { W2("Shannon", 'f') }, { W2("Shaun", 'm') },
	{ W2("Sheila", 'f') }, { W2("Shirley", 'f') }, { W2("Sidney", 'm') },
	{ W2("Siegfried", 'm') }, { W2("Signe", 'f') }, { W2("Sigrid", 'f') },
	{ W2("Sigurd", 'm') }, { W2("Silke", 'f') }, { W2("Silvia", 'f') },
	{ W2("Silvio", 'm') }, { W2("Simone", '?') }, { W2("Siobhan", 'f') },
	{ W2("Siobhán", 'f') }, { W2("Solange", 'f') }, { W2("Solveig", 'f') },
	{ W2("Solène", 'f') }, { W2("Sonia", 'f') }, { W2("Sonja", 'f') },
	{ W2("Stanley", 'm') }, { W2("Stefan", 'm') }, { W2("Stefanie", 'f') },
	{ W2("Stefano", 'm') }, { W2("Stella", 'f') }, { W2("Stéphane", 'm') },
	{ W2("Sung", 'm') }, { W2("Sunita", 'f') }, { W2("Suresh", 'm') },
	{ W2("Susanne", 'f') }, { W2("Suzanne", 'f') }, { W2("Sven", 'm') },
	{ W2("Svetlana", 'f') }, { W2("Sylvain", 'm') }, { W2("Sylvia", 'f') },
	{ W2("Sylviane", 'f') }, { W2("Sylvie", 'f') }, { W2("Sébastien", 'm') },
	{ W2("Séverine", 'f') }, { W2("Søren", 'm') }, { W2("Tadhg", 'm') },
	{ W2("Takeshi", 'm') }, { W2("Tamara", 'f') }, { W2("Tanisha", 'f') },
	{ W2("Tanja", 'f') }, { W2("Tara", 'f') }, { W2("Taras", 'm') },
	{ W2("Tariq", 'm') }, { W2("Tatiana", 'f') }, { W2("Taylor", '?') },
	{ W2("Teodora", 'f') }, { W2("Terry", 'm') }, { W2("Tessa", 'f') },
	{ W2("Tetiana", 'f') }, { W2("Theo", 'm') }, { W2("Theodore", 'm') },
	{ W2("Thibault", 'm') }, { W2("Thibaut", 'm') }, { W2("Thierry", 'm') },
	{ W2("Thijs", 'm') }, { W2("Thilo", 'm') }, { W2("Thorsten", 'm') },
	{ W2("Théo", 'm') }, { W2("Tiffany", 'f') }, { W2("Tina", 'f') },
	{ W2("Tobias", 'm') }, { W2("Todd", 'm') }, { W2("Tomasz", 'm') },
	{ W2("Tommaso", 'm') }, { W2("Toni", '?') }, { W2("Torbjørn", 'm') },
	{ W2("Torsten", 'm') }, { W2("Tracy", 'f') }, { W2("Travis", 'm') },
	{ W2("Trevor", 'm') }, { W2("Tristan", 'm') }, { W2("Troy", 'm') },
	{ W2("Tunde", 'm') }, { W2("Tyler", 'm') }, { W2("Tyrone", 'm') },
	{ W2("Udo", 'm') }, { W2("Ulrich", 'm') }, { W2("Ulrike", 'f') },
	{ W2("Umar", 'm') }, { W2("Uta", 'f') }, { W2("Uwe", 'm') },
	{ W2("Valentin", 'm') }, { W2("Valentina", 'f') }, { W2("Valeria", 'f') },
	{ W2("Valérie", 'f') }, { W2("Vanessa", 'f') }, { W2("Vasyl", 'm') },
	{ W2("Vera", 'f') }, { W2("Verena", 'f') }, { W2("Veronica", 'f') },
	{ W2("Victor", 'm') }, { W2("Vijay", 'm') }, { W2("Vikram", 'm') },
	{ W2("Viktor", 'm') }, { W2("Vincenzo", 'm') }, { W2("Viola", 'f') },
	{ W2("Virginie", 'f') }, { W2("Vivian", 'f') }, { W2("Vivienne", 'f') },
	{ W2("Volker", 'm') }, { W2("Véronique", 'f') }, { W2("Wanda", 'f') },
	{ W2("Wanjiru", 'f') }, { W2("Warren", 'm') }, { W2("Wei", 'm') },
	{ W2("Wendy", 'f') }, { W2("Werner", 'm') }, { W2("Wesley", 'm') },
	{ W2("Whitney", 'f') }, { W2("Wilhelm", 'm') }, { W2("Willem", 'm') },
	{ W2("Willi", 'm') }, { W2("Willy", 'm') }, { W2("Winifred", 'f') },
	{ W2("Wouter", 'm') }, { W2("Xabier", 'm') }, { W2("Xavier", 'm') },
	{ W2("Ximena", 'f') }, { W2("Yann", 'm') },
	{ W2("Yannick", 'm') }, { W2("Yannis", 'm') }, { W2("Yasmin", 'f') },
	{ W2("Yasmina", 'f') }, { W2("Yolanda", 'f') }, { W2("Youssef", 'm') },
	{ W2("Yulia", 'f') }, { W2("Yumi", 'f') }, { W2("Yuri", 'm') },
	{ W2("Yusuf", 'm') }, { W2("Yves", 'm') }, { W2("Yvonne", 'f') },
	{ W2("Zachary", 'm') }, { W2("Zainab", 'f') }, { W2("Zara", 'f') },
	{ W2("Zeynep", 'f') }, { W2("Zofia", 'f') }, { W2("Zoltan", 'm') },
	{ W2("Zoé", 'f') }, { W2("Zuzana", 'f') }, { W2("Élisabeth", 'f') },
	{ W2("Élise", 'f') }, { W2("Émile", 'm') }, { W2("Émilie", 'f') },
	{ W2("Étienne", 'm') },
	{ NULL, 0, 0 }
};

static const struct qword pronouns[] = {
	{ W2("he", 'm') }, { W2("she", 'f') }, { W2("il", 'm') }, { W2("elle", 'f') },
	{ W2("er", 'm') }, { W2("sie", 'f') }, { W2("lui", 'm') },
	{ NULL, 0, 0 }
};

static const struct qword title_genders[] = {
	{ W2("Assemblyman", 'm') }, { W2("Assemblywoman", 'f') },
	{ W2("Bundeskanzlerin", 'f') }, { W2("Bürgermeisterin", 'f') },
	{ W2("Chairman", 'm') }, { W2("Députée", 'f') }, { W2("Oberbürgermeisterin", 'f') },
	{ W2("Ministerpräsidentin", 'f') }, { W2("Sénatrice", 'f') },
	{ W2("Senatorin", 'f') }, { W2("Sprecherin", 'f') },
	{ W2("Chairwoman", 'f') }, { W2("Congressman", 'm') },
	{ W2("Congresswoman", 'f') }, { W2("Councilman", 'm') },
	{ W2("Councilwoman", 'f') }, { W2("Dame", 'f') }, { W2("Father", 'm') },
	{ W2("Frau", 'f') }, { W2("Herr", 'm') }, { W2("Kanzlerin", 'f') },
	{ W2("King", 'm') }, { W2("Lady", 'f') }, { W2("Lord", 'm') }, { W2("M", 'm') },
	{ W2("Madame", 'f') }, { W2("Ministerin", 'f') }, { W2("Miss", 'f') },
	{ W2("Mlle", 'f') }, { W2("Mme", 'f') }, { W2("Monsieur", 'm') }, { W2("Mr", 'm') },
	{ W2("Mrs", 'f') }, { W2("Ms", 'f') }, { W2("Präsidentin", 'f') },
	{ W2("Présidente", 'f') }, { W2("Prince", 'm') }, { W2("Princess", 'f') },
	{ W2("Queen", 'f') }, { W2("Sir", 'm') }, { W2("Sister", 'f') },
	{ W2("Spokesman", 'm') }, { W2("Spokeswoman", 'f') }, { NULL, 0, 0 }
};

/*
 * Look-ups go through one open-addressing hash index per table, built once
 * (pthread_once: the finder may run in a worker thread) from the tables
 * above and never changed after; a word costs one hash and, usually, one
 * compare instead of a walk over the whole list.  No table holds the same
 * word twice (ignoring ASCII case), so "the first entry that matches" is
 * "the entry that matches".
 */
#define QW_SLOTS	4096		/* power of two, > 3 x largest table */

struct qindex {
	const struct qword	*tab;
	size_t			 maxlen;
	uint16_t		 slot[QW_SLOTS];	/* entry + 1, 0 = free */
};

enum { QX_TITLES, QX_VERBS, QX_STOPS, QX_PARTICLES, QX_ROLES, QX_ABBREVS,
       QX_ADVERBS, QX_ORGS, QX_ELISIONS, QX_FIRST_NAMES, QX_PRONOUNS,
       QX_TITLE_GENDERS, QX_LABELS, QX_INDEFS, QX_ACCORDINGS, QX_CONJS,
       QX_ORGLINKS, QX_PREPS, QX_RELATIVES, QX_NOUNARTS,
       QX_ORGNOUNS, QX_DEFINITES, QX_ROLE_GENDERS, QX_POSTNOMINALS,
       QX_COUNT };

static struct qindex	 qx[QX_COUNT];
static pthread_once_t	 qx_once = PTHREAD_ONCE_INIT;

/*
 * One more index over the tables together, for quote_word_info: the
 * attribution asks about one token in several tables (a title? a stop
 * word? a particle? an organisation? a first name?), and one hash and one
 * compare then answer them all.  An entry is a word, ASCII case folded,
 * with the tables that hold it.
 */
#define QA_BITS		14
#define QA_SLOTS	(1 << QA_BITS)	/* > 4 x all tables: most words not
					   in them meet a free slot first */
#define QA_MAX		3072		/* distinct words in all tables */
#define QA_KEY		24		/* bytes of the longest word, and more */

struct qall {
	unsigned char		 key[QA_KEY];	/* the word, case folded */
	size_t			 len;
	unsigned		 mask;	/* 1 << QW_* of the quote_word_is tables */
	const struct qword	*first;	/* in first_names (exact case), or NULL */
	int			 gender;	/* in pronouns: its gender */
};

static struct qall	 qa[QA_MAX];
static size_t		 nqa;
static size_t		 qa_maxlen;
static uint16_t		 qa_slot[QA_SLOTS];	/* entry + 1, 0 = free */

static inline unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

/*
 * The combined index's hash: the length and three bytes (first, middle,
 * last), ASCII case folded, multiplied through.  Every word the
 * attribution asks about is hashed, most of them in no table, so it is
 * cheap rather than thorough; words it confuses sit in the next slots.
 */
static inline uint32_t
qa_hash(const char *w, size_t len)
{
	uint32_t x;

	x = (uint32_t)len ^ (uint32_t)fold((unsigned char)w[0]) << 8 ^
	    (uint32_t)fold((unsigned char)w[len / 2]) << 16 ^
	    (uint32_t)fold((unsigned char)w[len - 1]) << 24;
	return (x * 2654435761u) >> (32 - QA_BITS);
}

static uint32_t
word_hash(const char *w, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ fold((unsigned char)w[i])) * 16777619u;
	return h ^ (h >> 15);
}

static void
qx_add(struct qindex *x, const struct qword *tab)
{
	size_t i, s;

	x->tab = tab;
	for (i = 0; tab[i].w != NULL; i++) {
		if (tab[i].len > x->maxlen)
			x->maxlen = tab[i].len;
		s = word_hash(tab[i].w, tab[i].len) & (QW_SLOTS - 1);
		while (x->slot[s] != 0)
			s = (s + 1) & (QW_SLOTS - 1);
		x->slot[s] = (uint16_t)(i + 1);
	}
}

/* The entry of w[0..len) in the combined index, ignoring ASCII case, or
 * NULL. */
static struct qall *
qa_find(const char *w, size_t len, uint32_t h)
{
	struct qall *e;
	size_t s, i;
	uint16_t v;

	s = h & (QA_SLOTS - 1);
	while ((v = qa_slot[s]) != 0) {
		e = &qa[v - 1];
		if (e->len == len) {
			for (i = 0; i < len && e->key[i] ==
			    fold((unsigned char)w[i]); i++)
				;
			if (i == len)
				return e;
		}
		s = (s + 1) & (QA_SLOTS - 1);
	}
	return NULL;
}

/* Put table's words into the combined index with what they are there. */
static void
qa_add(const struct qword *tab, int table)
{
	struct qall *e;
	uint32_t h;
	size_t i, j, s;

	for (i = 0; tab[i].w != NULL; i++) {
		h = qa_hash(tab[i].w, tab[i].len);
		if ((e = qa_find(tab[i].w, tab[i].len, h)) == NULL) {
			if (nqa == QA_MAX || tab[i].len > QA_KEY)
				abort();	/* the tables outgrew QA_* */
			e = &qa[nqa++];
			for (j = 0; j < tab[i].len; j++)
				e->key[j] = fold((unsigned char)tab[i].w[j]);
			e->len = tab[i].len;
			if (e->len > qa_maxlen)
				qa_maxlen = e->len;
			s = h & (QA_SLOTS - 1);
			while (qa_slot[s] != 0)
				s = (s + 1) & (QA_SLOTS - 1);
			qa_slot[s] = (uint16_t)nqa;
		}
		if (tab == first_names)
			e->first = &tab[i];
		else if (tab == pronouns)
			e->gender = tab[i].v;
		else
			e->mask |= 1u << table;
	}
}

/* Every table once: its own index, and what its words are marked in the
 * combined one (first names and pronouns carry an entry there instead;
 * the title genders are only looked up on their own). */
static const struct {
	int			 qx;
	const struct qword	*words;
	int			 all;	/* -1: not in the combined index */
} qtables[] = {
	{ QX_TITLES, titles, QW_TITLE },
	{ QX_VERBS, verbs, QW_VERB },
	{ QX_STOPS, stops, QW_STOP },
	{ QX_PARTICLES, particles, QW_PARTICLE },
	{ QX_ROLES, roles, QW_ROLE },
	{ QX_ABBREVS, abbrevs, QW_ABBREV },
	{ QX_ADVERBS, adverbs, QW_ADVERB },
	{ QX_ORGS, orgs, QW_ORG },
	{ QX_ELISIONS, elisions, QW_ELISION },
	{ QX_FIRST_NAMES, first_names, 0 },
	{ QX_PRONOUNS, pronouns, 0 },
	{ QX_TITLE_GENDERS, title_genders, -1 },
	{ QX_LABELS, labels, QW_LABEL },
	{ QX_INDEFS, indefinites, QW_INDEF },
	{ QX_ACCORDINGS, accordings, QW_ACCORDING },
	{ QX_CONJS, conjunctions, QW_CONJ },
	{ QX_ORGLINKS, orglinks, QW_ORGLINK },
	{ QX_PREPS, preps, QW_PREP },
	{ QX_RELATIVES, relatives, QW_RELATIVE },
	{ QX_NOUNARTS, nounarts, QW_NOUNART },
	{ QX_ORGNOUNS, orgnouns, QW_ORGNOUN },
	{ QX_DEFINITES, definites, QW_DEFINITE },
	{ QX_ROLE_GENDERS, role_genders, -1 },
	{ QX_POSTNOMINALS, postnominals, -1 },
};

static void
qx_build(void)
{
	size_t i;

	for (i = 0; i < sizeof qtables / sizeof qtables[0]; i++)
		qx_add(&qx[qtables[i].qx], qtables[i].words);
	if (qx[QX_ABBREVS].maxlen > QW_ABBREV_MAXLEN)
		abort();	/* raise QW_ABBREV_MAXLEN */
	for (i = 0; i < sizeof qtables / sizeof qtables[0]; i++) {
		if (qtables[i].all != -1)
			qa_add(qtables[i].words, qtables[i].all);
	}
}

/* The entry's value (or 1 when it has none) when w[0..len) is in table
 * which: exact, or ignoring ASCII case. */
static int
lookup_v(int which, const char *w, size_t len, int exact)
{
	const struct qindex *x;
	const struct qword *e;
	size_t s, i;
	uint16_t v;

	if (len == 0)
		return 0;
	pthread_once(&qx_once, qx_build);
	x = &qx[which];
	if (len > x->maxlen)
		return 0;
	s = word_hash(w, len) & (QW_SLOTS - 1);
	while ((v = x->slot[s]) != 0) {
		e = &x->tab[v - 1];
		if (e->len == len) {
			if (exact) {
				if (memcmp(e->w, w, len) == 0)
					return e->v != 0 ? e->v : 1;
			} else {
				for (i = 0; i < len && fold((unsigned char)
				    e->w[i]) == fold((unsigned char)w[i]); i++)
					;
				if (i == len)
					return e->v != 0 ? e->v : 1;
			}
		}
		s = (s + 1) & (QW_SLOTS - 1);
	}
	return 0;
}

int
quote_word_is(int table, const char *w, size_t len)
{
	/* A trailing full stop is not part of the word (Dr., Mr.). */
	if (len > 1 && w[len - 1] == '.')
		len--;
	switch (table) {
	case QW_TITLE:
		return lookup_v(QX_TITLES, w, len, 0);
	case QW_VERB:
		return lookup_v(QX_VERBS, w, len, 0);
	case QW_STOP:
		return lookup_v(QX_STOPS, w, len, 0);
	case QW_PARTICLE:
		return lookup_v(QX_PARTICLES, w, len, 0);
	case QW_ROLE:
		return lookup_v(QX_ROLES, w, len, 0);
	case QW_ABBREV:
		return lookup_v(QX_ABBREVS, w, len, 0);
	case QW_ADVERB:
		return lookup_v(QX_ADVERBS, w, len, 0);
	case QW_ORG:
		return lookup_v(QX_ORGS, w, len, 0);
	case QW_ELISION:
		return len > 0 && lookup_v(QX_ELISIONS, w, len, 0);
	case QW_LABEL:
		return lookup_v(QX_LABELS, w, len, 0);
	case QW_INDEF:
		return lookup_v(QX_INDEFS, w, len, 0);
	case QW_ACCORDING:
		return lookup_v(QX_ACCORDINGS, w, len, 0);
	case QW_CONJ:
		return lookup_v(QX_CONJS, w, len, 0);
	case QW_ORGLINK:
		return lookup_v(QX_ORGLINKS, w, len, 0);
	case QW_PREP:
		return lookup_v(QX_PREPS, w, len, 0);
	case QW_RELATIVE:
		return lookup_v(QX_RELATIVES, w, len, 0);
	case QW_NOUNART:
		return lookup_v(QX_NOUNARTS, w, len, 0);
	case QW_ORGNOUN:
		return lookup_v(QX_ORGNOUNS, w, len, 0);
	case QW_DEFINITE:
		return lookup_v(QX_DEFINITES, w, len, 0);
	}
	return 0;
}

int
quote_word_first_name(const char *w, size_t len)
{
	return lookup_v(QX_FIRST_NAMES, w, len, 1);
}

int
quote_word_gender(const char *w, size_t len)
{
	return lookup_v(QX_PRONOUNS, w, len, 0);
}

int
quote_word_title_gender(const char *w, size_t len)
{
	if (len > 1 && w[len - 1] == '.')
		len--;
	return lookup_v(QX_TITLE_GENDERS, w, len, 0);
}

int
quote_word_role_gender(const char *w, size_t len)
{
	return lookup_v(QX_ROLE_GENDERS, w, len, 0);
}

int
quote_word_postnominal(const char *w, size_t len)
{
	return lookup_v(QX_POSTNOMINALS, w, len, 1);
}

const char *
quote_word_title_full(const char *w, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof title_fulls / sizeof title_fulls[0]; i++) {
		if (strlen(title_fulls[i].abbr) == len &&
		    strncasecmp(title_fulls[i].abbr, w, len) == 0)
			return title_fulls[i].full;
	}
	return NULL;
}

int
quote_word_age_noun(const char *w, size_t len)
{
	size_t i, l;

	for (i = 0; i < sizeof age_nouns / sizeof age_nouns[0]; i++) {
		l = strlen(age_nouns[i]);
		if (len > l && memcmp(w + len - l, age_nouns[i], l) == 0)
			return 1;
	}
	return 0;
}

/*
 * Everything the tables say about one word at once: the same answers as
 * quote_word_is for each table (bit 1 << table of *mask), as
 * quote_word_first_name (*first) and as quote_word_gender (*gender).
 * A trailing full stop is stripped for the mask as quote_word_is strips
 * it; no first name or pronoun ends in one, so those are 0 then.
 */
void
quote_word_info(const char *w, size_t len, unsigned *mask, int *first,
    int *gender)
{
	const struct qall *e;
	int dot = 0;

	*mask = 0;
	*first = *gender = 0;
	if (len > 1 && w[len - 1] == '.') {
		len--;
		dot = 1;
	}
	if (len == 0)
		return;
	pthread_once(&qx_once, qx_build);
	if (len > qa_maxlen ||
	    (e = qa_find(w, len, qa_hash(w, len))) == NULL)
		return;
	*mask = e->mask;
	if (dot)
		return;
	if (e->first != NULL && memcmp(e->first->w, w, len) == 0)
		*first = e->first->v;
	*gender = e->gender;
}
