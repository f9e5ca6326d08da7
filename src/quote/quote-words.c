/*
 * quote-words.c: the word tables the attribution reads — titles to strip
 * from names, verbs of saying (English, French, German), sentence words that
 * are not names, name particles, role nouns, pronouns and a list of common
 * first names with their usual gender.  Tables carry the behaviour; the
 * look-ups are ASCII case-insensitive (accented letters compare as bytes).
 */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
	W("describing"), W("dubbed"), W("labelled"), W("labeled"), W("branded"),
	W("termed"), W("praised"), W("criticised"), W("criticized"), W("adding"),
	W("saying"), W("telling"), W("writing"), W("noting"), W("warning"),
	W("tweeting"), W("texted"), W("emailed"), W("recounted"), W("laughed"),
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
	W("gibt"),
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
	W("s’indigne"), W("s’exclame"), W("s’amuse"), W("s’alarme"),
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
static const struct qword particles[] = {
	W("al"), W("bin"), W("da"), W("de"), W("del"), W("della"), W("der"), W("di"), W("dos"), W("du"),
	W("ibn"), W("la"), W("le"), W("ten"), W("ter"), W("van"), W("von"), { NULL, 0, 0 }
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
	W("Adm"), W("Brig"), W("Capt"), W("Cmdr"), W("Col"), W("Det"), W("Dr"), W("Gen"), W("Gov"),
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
	W("Fédération"),
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
	{ W2("Zoë", 'f') }, { W2("Élodie", 'f') }, { NULL, 0, 0 }
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
#define QW_SLOTS	2048		/* power of two, > 3 x largest table */

struct qindex {
	const struct qword	*tab;
	size_t			 maxlen;
	uint16_t		 slot[QW_SLOTS];	/* entry + 1, 0 = free */
};

enum { QX_TITLES, QX_VERBS, QX_STOPS, QX_PARTICLES, QX_ROLES, QX_ABBREVS,
       QX_ADVERBS, QX_ORGS, QX_ELISIONS, QX_FIRST_NAMES, QX_PRONOUNS,
       QX_TITLE_GENDERS, QX_LABELS, QX_INDEFS, QX_ACCORDINGS, QX_CONJS, QX_COUNT };

static struct qindex	 qx[QX_COUNT];
static pthread_once_t	 qx_once = PTHREAD_ONCE_INIT;

/*
 * One more index over the tables together, for quote_word_info: the
 * attribution asks about one token in several tables (a title? a stop
 * word? a particle? an organisation? a first name?), and one hash and one
 * compare then answer them all.  An entry is a word, ASCII case folded,
 * with the tables that hold it.
 */
#define QA_BITS		13
#define QA_SLOTS	(1 << QA_BITS)	/* > 4 x all tables: most words not
					   in them meet a free slot first */
#define QA_MAX		2048		/* distinct words in all tables */
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
