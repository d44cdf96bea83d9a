package events

// cameoTable is the complete CAMEO event-code table. (Being completed: the
// helper that owns this file replaces it.)
var cameoTable = []CAMEOCode{
	{"010", "Make statement, not specified below", 0, 1, "CONSULT"},
	{"040", "Consult, not specified below", 1, 1, "CONSULT"},
	{"051", "Praise or endorse", 3.4, 1, "SUPPORT"},
}
