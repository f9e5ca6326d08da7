/*
 * quote-words.c: the word tables the attribution reads — titles to strip
 * from names, verbs of saying (English, French, German), sentence words that
 * are not names, name particles, role nouns, pronouns and a list of common
 * first names with their usual gender.  Tables carry the behaviour; the
 * look-ups are ASCII case-insensitive (accented letters compare as bytes).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "quote/quote-int.h"

struct qword {
	const char	*w;
	int		 v;	/* table-specific: gender for names */
};

static int	 lookup(const char *const *tab, const char *w, size_t len);
static int	 word_eq(const char *a, const char *w, size_t len);

static const char *const titles[] = {
	"Acting", "Adm", "Admiral", "Agent", "Ambassador", "Archbishop",
	"Abgeordnete", "Abgeordneter", "Assemblymember", "Assemblyman",
	"Assemblywoman", "Attorney", "Bishop", "Bürgermeister",
	"Bürgermeisterin", "Député", "Députée",
	"Board", "Brig", "Brother", "Bundeskanzler", "Bundeskanzlerin",
	"Capt", "Captain", "Cardinal", "Ceo", "Chair", "Chairman",
	"Chairwoman", "Chancellor", "Chief", "Cmdr", "Coach", "Col",
	"Colonel", "Commissioner", "Congressman", "Congresswoman", "Council",
	"Councillor", "Councilman", "Councilmember", "Councilor",
	"Councilwoman", "Dame", "Delegate", "Deputy", "Det", "Detective",
	"Director", "Doctor", "Dr", "Elder", "Father", "First", "Former",
	"Frau", "Gen", "General", "Gov", "Governor", "Herr", "Hon",
	"Honourable", "Imam", "Insp", "Inspector", "Judge", "Justice",
	"Kanzler", "Kanzlerin", "King", "Lady", "Lieutenant", "Lord", "Lt",
	"M", "Madame", "Maire", "Maj", "Major", "Mayor", "Member", "Minister",
	"Ministerin", "Ministerpräsident", "Ministerpräsidentin", "Ministre",
	"Miss", "Oberbürgermeister", "Oberbürgermeisterin", "Sénateur",
	"Sénatrice", "Senatorin", "Sprecher", "Sprecherin", "Mlle", "Mme", "Monsieur", "Mp",
	"Mr", "Mrs", "Ms", "Mx", "Officer", "Pastor", "Pope", "Premier",
	"President", "President-elect", "Presidente",
	"Prime", "Prince", "Princess", "Prof", "Professor", "Präsident",
	"Präsidentin", "Président", "Présidente", "Queen", "Rabbi",
	"Rep", "Representative", "Rev", "Reverend", "Sen", "Senator",
	"Secretary", "Sergeant", "Sgt", "Sheriff", "Sir", "Sister", "Speaker",
	"Spokesman", "Spokesperson", "Spokeswoman", "State", "Superintendent",
	"Supt", "Trustee", "Vice", "Vice-President", NULL
};

/* Verbs of saying, as they stand next to a quotation. */
static const char *const verbs[] = {
	/* English */
	"acknowledged", "added", "adds", "admitted", "admits", "advised",
	"agreed", "announced", "answered", "argued", "argues", "asked",
	"asks", "asserted", "cautioned", "claimed", "claims", "commented",
	"complained", "conceded", "concluded", "confirmed", "continued",
	"countered", "cried", "declared", "declares", "emphasised",
	"emphasized", "exclaimed", "explained", "explains", "insisted",
	"insists", "joked", "maintained", "mused", "noted", "notes",
	"observed", "posted", "predicted", "promised", "recalled", "recalls",
	"remarked", "replied", "replies", "reported", "responded", "said",
	"says", "shouted", "snapped", "stated", "states", "stressed",
	"suggested", "tells", "testified", "told", "tweeted", "urged",
	"vowed", "warned", "warns", "whispered", "wrote", "writes", "yelled",
	/* French */
	"affirme", "affirmé", "ajoute", "ajouté", "assure", "assuré",
	"confie", "confié", "déclare", "déclaré", "dit", "estime", "estimé",
	"explique", "expliqué", "indique", "indiqué", "insiste", "insisté",
	"lance", "lancé", "martèle", "martelé", "poursuit", "poursuivi",
	"précise", "précisé", "raconte", "raconté", "répond", "répondu",
	"souligne", "souligné",
	/* German */
	"betont", "betonte", "erklärt", "erklärte", "erzählte", "fordert",
	"forderte", "fügte", "kritisierte", "meint", "meinte", "sagt",
	"sagte", "schreibt", "schrieb", "teilte", "warnt", "warnte",
	NULL
};

/* Capitalised at a sentence start, but never a name. */
static const char *const stops[] = {
	"A", "About", "According", "Across", "After", "Again", "Against",
	"Ahead", "All", "Also", "Although", "Among", "An", "And", "Another",
	"Any", "As", "At", "Because", "Before", "Both", "But", "By", "Can",
	"Critics", "Despite", "During", "Each", "Earlier", "Even", "Every",
	"For", "From", "Given", "He", "Her", "Here", "His", "However", "I",
	"If", "In", "Instead", "It", "Its", "Last", "Later", "Like", "Many",
	"Meanwhile", "More", "Most", "Much", "My", "Next", "No", "Not", "Now",
	"Of", "On", "Once", "One", "Only", "Or", "Other", "Our", "Over",
	"Q", "She", "Since", "So", "Some", "Still", "Such", "That", "The",
	"Their", "Then", "There", "These", "They", "This", "Those", "Though",
	"Thus", "To", "Today", "Under", "Unlike", "Until", "Upon", "We",
	"What", "When", "Where", "Whether", "Which", "While", "Who", "Why",
	"With", "Without", "Yesterday", "Yet", "You", "Your",
	"Il", "Elle", "Le", "La", "Les", "Un", "Une", "Selon", "Mais", "Et",
	"Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Aber", "Und",
	"Laut", "Auch", NULL
};

/* Small words inside names: Ursula von der Leyen, Charles de Gaulle. */
static const char *const particles[] = {
	"al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du",
	"ibn", "la", "le", "ten", "ter", "van", "von", NULL
};

/* Nouns that make "Name, a <role> ..." a person. */
static const char *const roles[] = {
	"activist", "adviser", "advisor", "analyst", "attorney", "author",
	"candidate", "ceo", "chair", "chairman", "chairwoman", "chief",
	"coach", "commissioner", "councilmember", "councilwoman",
	"councilman", "czar", "director", "economist", "editor", "executive",
	"expert", "founder", "governor", "head", "lawmaker", "lawyer",
	"leader", "manager", "mayor", "member", "minister", "officer",
	"official", "organizer", "owner", "president", "professor",
	"researcher", "resident", "scientist", "secretary", "senator",
	"spokesman", "spokesperson", "spokeswoman", "student",
	"superintendent", "teacher", NULL
};

/* Abbreviations whose full stop does not end a sentence. */
static const char *const abbrevs[] = {
	"Adm", "Brig", "Capt", "Cmdr", "Col", "Det", "Dr", "Gen", "Gov",
	"Hon", "Insp", "Jr", "Lt", "M", "Maj", "Mlle", "Mme", "Mr", "Mrs",
	"Ms", "Mt", "Mx", "No", "Prof", "Rep", "Rev", "Sen", "Sgt", "Sr",
	"St", "Supt", "vs", NULL
};

/* Words that make a capitalised run an organisation or a place. */
static const char *const orgs[] = {
	"Agency", "Association", "Authority", "Bank", "Board", "Bureau",
	"Center", "Centre", "Chamber", "Church", "City", "College",
	"Commission", "Committee", "Company", "Corporation", "Council",
	"County", "Court", "Department", "District", "Federation",
	"Foundation", "Group", "Hall", "Hospital", "House", "Inc",
	"Institute", "League", "Ltd", "Ministry", "Museum", "Office",
	"Organisation", "Organization", "Parliament", "Party", "Police",
	"Reform", "Republic", "School", "Senate", "Service", "Society",
	"Station", "Street", "Union", "United", "University", NULL
};

static const char *const adverbs[] = {
	"also", "again", "later", "then", "once", "quietly", "simply",
	"recently", "previously", "earlier", "bluntly", "flatly", "publicly",
	"privately", "repeatedly", "angrily", "calmly", "today", "yesterday",
	"has", "had", "have", "a", "ont", "hat", "habe", "hatte", "would",
	"will", "noch", "dann", "auch", "encore", "aussi", "ensuite", NULL
};

static const char *const elisions[] = {
	"bout", "cause", "cos", "em", "kay", "n", "nuff", "round", "s",
	"til", "tis", "twas", "twere", "ol", "er", NULL
};

/* First names most often met in the news, with their usual gender. */
static const struct qword first_names[] = {
	{ "Aaron", 'm' }, { "Abigail", 'f' }, { "Adam", 'm' },
	{ "Ahmed", 'm' }, { "Aiko", 'f' }, { "Alan", 'm' }, { "Albert", 'm' },
	{ "Alex", '?' }, { "Alexander", 'm' }, { "Alexandria", 'f' },
	{ "Ali", '?' }, { "Alice", 'f' }, { "Amanda", 'f' }, { "Amara", 'f' },
	{ "Amelia", 'f' }, { "Amy", 'f' }, { "Andrea", '?' },
	{ "Andrew", 'm' }, { "Andy", 'm' }, { "Angela", 'f' }, { "Ann", 'f' },
	{ "Anna", 'f' }, { "Annalena", 'f' }, { "Anne", 'f' },
	{ "Anthony", 'm' }, { "Antonio", 'm' }, { "Arthur", 'm' },
	{ "Ashley", 'f' }, { "Barack", 'm' }, { "Barbara", 'f' },
	{ "Ben", 'm' }, { "Benjamin", 'm' }, { "Bernie", 'm' },
	{ "Betty", 'f' }, { "Bill", 'm' }, { "Bob", 'm' }, { "Bobby", 'm' },
	{ "Boris", 'm' }, { "Brandon", 'm' }, { "Brenda", 'f' },
	{ "Brian", 'm' }, { "Bruce", 'm' }, { "Carl", 'm' }, { "Carlos", 'm' },
	{ "Carol", 'f' }, { "Caroline", 'f' }, { "Catherine", 'f' },
	{ "Charles", 'm' }, { "Charlie", '?' }, { "Charlotte", 'f' },
	{ "Chloe", 'f' }, { "Chris", '?' }, { "Christian", 'm' },
	{ "Christina", 'f' }, { "Christine", 'f' }, { "Christopher", 'm' },
	{ "Claire", 'f' }, { "Claude", '?' }, { "Colin", 'm' }, { "Dan", 'm' },
	{ "Daniel", 'm' }, { "Danielle", 'f' }, { "David", 'm' },
	{ "Deborah", 'f' }, { "Dennis", 'm' }, { "Diana", 'f' },
	{ "Diane", 'f' }, { "Dmitri", 'm' }, { "Donald", 'm' },
	{ "Donna", 'f' }, { "Dorothy", 'f' }, { "Douglas", 'm' },
	{ "Ed", 'm' }, { "Edward", 'm' }, { "Elena", 'f' },
	{ "Elizabeth", 'f' }, { "Ella", 'f' }, { "Elon", 'm' },
	{ "Emily", 'f' }, { "Emma", 'f' }, { "Emmanuel", 'm' },
	{ "Eric", 'm' }, { "Ethan", 'm' }, { "Eunisses", 'f' },
	{ "Eva", 'f' }, { "Evelyn", 'f' }, { "Fatima", 'f' },
	{ "Fiona", 'f' }, { "Frances", 'f' }, { "François", 'm' },
	{ "Frank", 'm' }, { "Fred", 'm' }, { "Friedrich", 'm' },
	{ "Gabriel", 'm' }, { "Gary", 'm' }, { "George", 'm' },
	{ "Georg", 'm' }, { "Giorgia", 'f' }, { "Giuseppe", 'm' },
	{ "Gloria", 'f' }, { "Grace", 'f' }, { "Graham", 'm' },
	{ "Greg", 'm' }, { "Gregory", 'm' }, { "Hannah", 'f' },
	{ "Hans", 'm' }, { "Harold", 'm' }, { "Harry", 'm' },
	{ "Hassan", 'm' }, { "Heather", 'f' }, { "Heinrich", 'm' },
	{ "Helen", 'f' }, { "Helga", 'f' }, { "Henry", 'm' },
	{ "Hillary", 'f' }, { "Hugh", 'm' }, { "Hugo", 'm' }, { "Ian", 'm' },
	{ "Ingrid", 'f' }, { "Ira", 'm' }, { "Isabel", 'f' },
	{ "Isabella", 'f' }, { "Ivan", 'm' }, { "Jack", 'm' },
	{ "Jackie", '?' }, { "Jacob", 'm' }, { "Jacqueline", 'f' },
	{ "Jacques", 'm' }, { "James", 'm' }, { "Jane", 'f' },
	{ "Janet", 'f' }, { "Jason", 'm' }, { "Jean", '?' }, { "Jeff", 'm' },
	{ "Jeffrey", 'm' }, { "Jennifer", 'f' }, { "Jeremy", 'm' },
	{ "Jerry", 'm' }, { "Jessica", 'f' }, { "Jill", 'f' }, { "Jim", 'm' },
	{ "Jimmy", 'm' }, { "Joan", 'f' }, { "Joe", 'm' }, { "John", 'm' },
	{ "Johnny", 'm' }, { "Jonas", 'm' }, { "Jonathan", 'm' },
	{ "Jordan", '?' }, { "Jose", 'm' }, { "José", 'm' }, { "Joseph", 'm' },
	{ "Joshua", 'm' }, { "Joyce", 'f' }, { "Juan", 'm' }, { "Judith", 'f' },
	{ "Judy", 'f' }, { "Julia", 'f' }, { "Julie", 'f' }, { "Jürgen", 'm' },
	{ "Justin", 'm' }, { "Kamala", 'f' }, { "Karen", 'f' },
	{ "Karin", 'f' }, { "Kate", 'f' }, { "Katherine", 'f' },
	{ "Kathleen", 'f' }, { "Keir", 'm' }, { "Keith", 'm' },
	{ "Kelly", '?' }, { "Ken", 'm' }, { "Kenneth", 'm' }, { "Kevin", 'm' },
	{ "Kim", '?' }, { "Klaus", 'm' }, { "Kwame", 'm' }, { "Lars", 'm' },
	{ "Laura", 'f' }, { "Lauren", 'f' }, { "Lawrence", 'm' },
	{ "Liam", 'm' }, { "Linda", 'f' }, { "Lisa", 'f' }, { "Liz", 'f' },
	{ "Louis", 'm' }, { "Lucy", 'f' }, { "Luis", 'm' }, { "Marco", 'm' },
	{ "Margaret", 'f' }, { "Maria", 'f' }, { "Marie", 'f' },
	{ "Marine", 'f' }, { "Mark", 'm' }, { "Martha", 'f' },
	{ "Martin", 'm' }, { "Mary", 'f' }, { "Mateus", 'm' },
	{ "Matt", 'm' }, { "Matthew", 'm' }, { "Megan", 'f' },
	{ "Melissa", 'f' }, { "Mia", 'f' }, { "Michael", 'm' },
	{ "Michel", 'm' }, { "Michelle", 'f' }, { "Miguel", 'm' },
	{ "Mike", 'm' }, { "Mohammed", 'm' }, { "Muhammad", 'm' },
	{ "Nancy", 'f' }, { "Narendra", 'm' }, { "Natalie", 'f' },
	{ "Nathan", 'm' }, { "Neil", 'm' }, { "Nicholas", 'm' },
	{ "Nick", 'm' }, { "Nicole", 'f' }, { "Nigel", 'm' }, { "Noah", 'm' },
	{ "Olaf", 'm' }, { "Olga", 'f' }, { "Olivia", 'f' },
	{ "Oliver", 'm' }, { "Omar", 'm' }, { "Pamela", 'f' },
	{ "Patricia", 'f' }, { "Patrick", 'm' }, { "Paul", 'm' },
	{ "Peter", 'm' }, { "Philip", 'm' }, { "Pierre", 'm' },
	{ "Priya", 'f' }, { "Rachel", 'f' }, { "Ralph", 'm' },
	{ "Raymond", 'm' }, { "Rebecca", 'f' }, { "Richard", 'm' },
	{ "Rishi", 'm' }, { "Rob", 'm' }, { "Robert", 'm' }, { "Roger", 'm' },
	{ "Ronald", 'm' }, { "Rose", 'f' }, { "Roy", 'm' }, { "Russell", 'm' },
	{ "Ruth", 'f' }, { "Ryan", 'm' }, { "Sally", 'f' }, { "Sam", '?' },
	{ "Samantha", 'f' }, { "Samuel", 'm' }, { "Sandra", 'f' },
	{ "Sara", 'f' }, { "Sarah", 'f' }, { "Scott", 'm' }, { "Sean", 'm' },
	{ "Sergei", 'm' }, { "Sharon", 'f' }, { "Simon", 'm' },
	{ "Sofia", 'f' }, { "Sophia", 'f' }, { "Sophie", 'f' },
	{ "Stephanie", 'f' }, { "Stephen", 'm' }, { "Steve", 'm' },
	{ "Steven", 'm' }, { "Sue", 'f' }, { "Susan", 'f' }, { "Ted", 'm' },
	{ "Teresa", 'f' }, { "Theresa", 'f' }, { "Thomas", 'm' },
	{ "Tim", 'm' }, { "Timothy", 'm' }, { "Tom", 'm' }, { "Tomás", 'm' },
	{ "Tony", 'm' }, { "Ursula", 'f' }, { "Victoria", 'f' },
	{ "Vincent", 'm' }, { "Virginia", 'f' }, { "Vladimir", 'm' },
	{ "Walter", 'm' }, { "Wayne", 'm' }, { "William", 'm' },
	{ "Wolfgang", 'm' }, { "Xi", 'm' }, { "Yuki", '?' }, { "Zoe", 'f' },
	{ "Zoë", 'f' }, { "Élodie", 'f' }, { NULL, 0 }
};

static const struct qword pronouns[] = {
	{ "he", 'm' }, { "she", 'f' }, { "il", 'm' }, { "elle", 'f' },
	{ "er", 'm' }, { "sie", 'f' }, { NULL, 0 }
};

static const struct qword title_genders[] = {
	{ "Assemblyman", 'm' }, { "Assemblywoman", 'f' },
	{ "Bundeskanzlerin", 'f' }, { "Bürgermeisterin", 'f' },
	{ "Chairman", 'm' }, { "Députée", 'f' }, { "Oberbürgermeisterin", 'f' },
	{ "Ministerpräsidentin", 'f' }, { "Sénatrice", 'f' },
	{ "Senatorin", 'f' }, { "Sprecherin", 'f' },
	{ "Chairwoman", 'f' }, { "Congressman", 'm' },
	{ "Congresswoman", 'f' }, { "Councilman", 'm' },
	{ "Councilwoman", 'f' }, { "Dame", 'f' }, { "Father", 'm' },
	{ "Frau", 'f' }, { "Herr", 'm' }, { "Kanzlerin", 'f' },
	{ "King", 'm' }, { "Lady", 'f' }, { "Lord", 'm' }, { "M", 'm' },
	{ "Madame", 'f' }, { "Ministerin", 'f' }, { "Miss", 'f' },
	{ "Mlle", 'f' }, { "Mme", 'f' }, { "Monsieur", 'm' }, { "Mr", 'm' },
	{ "Mrs", 'f' }, { "Ms", 'f' }, { "Präsidentin", 'f' },
	{ "Présidente", 'f' }, { "Prince", 'm' }, { "Princess", 'f' },
	{ "Queen", 'f' }, { "Sir", 'm' }, { "Sister", 'f' },
	{ "Spokesman", 'm' }, { "Spokeswoman", 'f' }, { NULL, 0 }
};

/* w[0..len) equals a, ignoring ASCII case. */
static int
word_eq(const char *a, const char *w, size_t len)
{
	return strlen(a) == len && strncasecmp(a, w, len) == 0;
}

static int
lookup(const char *const *tab, const char *w, size_t len)
{
	size_t i;

	for (i = 0; tab[i] != NULL; i++) {
		if (word_eq(tab[i], w, len))
			return 1;
	}
	return 0;
}

static int
lookup_v(const struct qword *tab, const char *w, size_t len, int exact)
{
	size_t i;

	for (i = 0; tab[i].w != NULL; i++) {
		if (exact ? (strlen(tab[i].w) == len &&
		    memcmp(tab[i].w, w, len) == 0) : word_eq(tab[i].w, w, len))
			return tab[i].v;
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
		return lookup(titles, w, len);
	case QW_VERB:
		return lookup(verbs, w, len);
	case QW_STOP:
		return lookup(stops, w, len);
	case QW_PARTICLE:
		return lookup(particles, w, len);
	case QW_ROLE:
		return lookup(roles, w, len);
	case QW_ABBREV:
		return lookup(abbrevs, w, len);
	case QW_ADVERB:
		return lookup(adverbs, w, len);
	case QW_ORG:
		return lookup(orgs, w, len);
	case QW_ELISION:
		return len > 0 && lookup(elisions, w, len);
	}
	return 0;
}

int
quote_word_first_name(const char *w, size_t len)
{
	return lookup_v(first_names, w, len, 1);
}

int
quote_word_gender(const char *w, size_t len)
{
	return lookup_v(pronouns, w, len, 0);
}

int
quote_word_title_gender(const char *w, size_t len)
{
	if (len > 1 && w[len - 1] == '.')
		len--;
	return lookup_v(title_genders, w, len, 0);
}
