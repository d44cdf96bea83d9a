package coder

import (
	"strings"

	"github.com/geotrack/geotrack/pkg/coder/dict"
)

// Unvocalised Arabic writes the passive of a verb of harm like its active:
// قُتل "was killed" and قَتل "killed" are both قتل. News reports casualties
// in the passive ("قتل خمسة جنود في كمين نصبه مسلحون", "قتل جندي إسرائيلي
// في هجوم لحماس"), so reading such a verb as active makes the victims the
// attackers. The passive shows in the word order: the verb opens its clause,
// and what follows is a number of people, or a person with no object after
// it (a preposition, a comma or the end comes next).

// arHarmVerbs are the bare perfect forms of verbs of harm whose passive is
// common in casualty reports.
var arHarmVerbs = map[string]bool{
	"قتل": true, "قتلت": true, "اصيب": true, "اصيبت": true, "جرح": true, "جرحت": true,
	"اعتقل": true, "اعتقلت": true, "خطف": true, "خطفت": true, "اختطف": true, "اختطفت": true,
	"اسر": true, "اسرت": true, "اعدم": true, "اعدمت": true, "اغتيل": true, "اغتيلت": true,
	"استشهد": true, "استشهدت": true, "احتجز": true, "احتجزت": true,
}

// arCountWords open a count of people ("ثلاثة فلسطينيين", "عشرات المدنيين").
var arCountWords = map[string]bool{
	"اثنان": true, "اثنين": true, "ثلاثه": true, "اربعه": true, "خمسه": true, "سته": true,
	"سبعه": true, "ثمانيه": true, "تسعه": true, "عشره": true, "ثلاث": true, "اربع": true,
	"خمس": true, "ست": true, "سبع": true, "ثماني": true, "تسع": true, "عشر": true,
	"عشرات": true, "مئات": true, "الاف": true, "الف": true, "احد": true, "عدد": true,
	"مئه": true, "عشرين": true, "ثلاثين": true, "اربعين": true, "خمسين": true,
}

// arAttackNouns name the attack a passive victim fell in; their modifier,
// their ل-genitive or the subject of the relative verb after them
// (نصبه، شنه، نفذه) is the agent.
var arAttackNouns = map[string]bool{
	"هجوم": true, "هجمات": true, "الهجوم": true, "غاره": true, "غارات": true, "الغاره": true,
	"كمين": true, "الكمين": true, "قصف": true, "القصف": true, "ضربه": true, "ضربات": true,
	"تفجير": true, "انفجار": true, "اشتباكات": true, "اشتباك": true, "قذيفه": true, "قذائف": true,
	"صاروخ": true, "صواريخ": true, "مسيره": true, "رصاص": true, "نيران": true, "هجوما": true,
	"عمليه": true, "اعتداء": true, "توغل": true, "اقتحام": true, "مداهمه": true,
	"مداهمات": true, "اقتحامات": true, "عمليات": true, "اعتداءات": true, "هجومه": true,
}

// arRelativeAgentVerbs: "كمين نصبه مسلحون", "هجوم شنته حماس".
var arRelativeAgentVerbs = map[string]bool{
	"نصبه": true, "نصبها": true, "نصبته": true, "شنه": true, "شنها": true, "شنته": true,
	"شنتها": true, "نفذه": true, "نفذها": true, "نفذته": true, "نفذتها": true, "تبناه": true,
	"تبنته": true, "اطلقه": true, "اطلقته": true, "اطلقها": true,
}

// arInstitutions are forces as bodies ("قتل الجيش في ميانمار أكثر من 100
// مدني"): the killer, where a soldier or a fighter may be the victim.
var arInstitutions = map[string]bool{"army": true, "navy": true, "air force": true, "defence ministry": true, "artillery": true, "security forces": true, "police": true}

// arHarmPassive reports whether the Arabic harm verb at token head is read
// as a passive, and returns its victim mention (or -1: a victim the
// dictionaries do not resolve, "12 شخصا").
func (s *sentence) arHarmPassive(head int) (int32, bool) {
	t := s.toks[head]
	bare := t.Bases[len(t.Bases)-1]
	if !arHarmVerbs[bare] && !arHarmVerbs[t.Norm] {
		return -1, false
	}
	if s.leftActor(head, nil, -1) >= 0 {
		return -1, false // "القوات قتلت ...": SVO, active
	}
	j := head + 1
	if j >= len(s.toks) || s.punct[j] != punctNone {
		return -1, false
	}
	counted := false
	for j < len(s.toks) && (s.free[j] || arCountWords[s.toks[j].Norm]) && s.startAt[j] < 0 {
		counted = true
		j++
	}
	if j >= len(s.toks) {
		return -1, counted
	}
	mi := s.startAt[j]
	if mi < 0 && j+1 < len(s.toks) && s.punct[j+1] == punctNone && s.lits[j] == nil {
		// "قتل مدني أوكراني", "قتل صحفي فلسطيني": a noun the
		// dictionaries lack, with the nationality after it.
		if n := s.startAt[j+1]; n >= 0 && s.mentions[n].parts[0].kind == dict.KindAdj {
			mi = n
		}
	}
	if mi < 0 || s.mentions[mi].locative {
		return -1, counted
	}
	if counted {
		return mi, true // "قتل ثلاثة فلسطينيين": a count is no subject
	}
	// A person with nothing after it but a preposition: "قتل جندي إسرائيلي
	// في هجوم". Officials, states and organisations kill and arrest; they
	// are not read as victims by word order alone.
	p := s.mentions[mi].parts[0]
	if p.org != "" || p.kind == dict.KindCountry || p.kind == dict.KindCapital || p.kind == dict.KindGroup ||
		p.role == "GOV" || p.role == "COP" || p.role == "SPY" || p.role == "JUD" || p.role == "LEG" || arInstitutions[p.office] {
		return -1, false
	}
	e := s.mentions[mi].end
	for e < len(s.toks) && s.free[e] {
		e++
	}
	if e >= len(s.toks) || s.punct[e] != punctNone {
		return mi, true
	}
	n := s.toks[e]
	if arPrepositions[n.Norm] || n.Norm == "جراء" || n.Norm == "اثر" || arInstrumentAgents[n.Norm] ||
		(len(n.Bases) > 1 && strings.HasPrefix(n.Norm, "ب") && s.startAt[e] < 0) {
		return mi, true
	}
	return -1, false
}

// arAttackAgent finds the agent of the attack a passive victim fell in,
// after token pos in the clause: "في غارة إسرائيلية", "في هجوم لحماس",
// "في كمين نصبه مسلحون".
func (s *sentence) arAttackAgent(pos int) int32 {
	for j := pos; j < len(s.toks) && j <= pos+6; j++ {
		if j > pos && (s.punct[j] != punctNone || s.clause[j]) {
			return -1
		}
		t := s.toks[j]
		if !arAttackNouns[t.Bases[len(t.Bases)-1]] && !arAttackNouns[t.Norm] {
			continue
		}
		for k := j + 1; k < len(s.toks) && k <= j+3; k++ {
			if s.punct[k] != punctNone || s.toks[k].Norm == "علي" || s.toks[k].Norm == "ضد" || s.toks[k].Norm == "في" {
				break
			}
			if arRelativeAgentVerbs[s.toks[k].Norm] {
				if n := s.slotActor(k+1, 2, "", false, false); n >= 0 {
					return n
				}
				break
			}
			if n := s.startAt[k]; n >= 0 {
				m := &s.mentions[n]
				if !m.locative && (m.parts[0].kind == dict.KindAdj || strings.Contains(m.prefix, "ل")) {
					return n
				}
				if !m.locative && m.prefix == "" && !m.parts[0].roleOnly {
					return n // "في هجوم حماس": the construct genitive
				}
				break
			}
		}
	}
	return -1
}

// enAttackNouns: "killed in a Hamas ambush", "in an Israeli strike".
var enAttackNouns = map[string]bool{
	"attack": true, "attacks": true, "ambush": true, "strike": true, "strikes": true, "airstrike": true,
	"airstrikes": true, "raid": true, "raids": true, "bombing": true, "bombings": true, "shelling": true,
	"assault": true, "offensive": true, "barrage": true, "fire": true, "gunfire": true, "drone": true,
	"missile": true, "rocket": true, "artillery": true, "operation": true,
}

// enAttackAgent finds the modifier of the attack a passive victim fell in:
// "in a Hamas ambush", "in an Israeli air strike", "by Russian shelling".
func (s *sentence) enAttackAgent(pos int) int32 {
	for j := pos; j < len(s.toks) && j <= pos+6; j++ {
		if j > pos && (s.punct[j] != punctNone || s.clause[j]) {
			return -1
		}
		if !enAttackNouns[s.toks[j].Norm] {
			continue
		}
		// The modifier ends at most two words before the noun ("a Russian
		// missile strike", "an Israeli air strike").
		for k := j - 1; k >= pos && k >= j-3; k-- {
			if n := s.endAt[k]; n >= 0 {
				m := &s.mentions[n]
				if !m.locative && !m.parts[0].roleOnly {
					return n
				}
				return -1
			}
			if enPrepositions[s.toks[k].Norm] && k < j-1 {
				break
			}
		}
		// "a drone attack launched by Hezbollah", "an attack by militants".
		if n := s.byAgent(j+1, false); n >= 0 {
			return n
		}
	}
	return -1
}

// consumeAttackOf marks the attack noun that mention ag modifies as coded:
// the passive verb's event already carries it.
func (s *sentence) consumeAttackOf(ag int32) {
	if s.consumed == nil {
		s.consumed = map[int]bool{}
	}
	m := &s.mentions[ag]
	for j := m.start - 3; j <= m.end+3 && j < len(s.toks); j++ {
		if j < 0 || j >= m.start && j < m.end {
			continue
		}
		t := s.toks[j]
		if s.head[j] || len(s.lits[j]) > 0 {
			if enAttackNouns[t.Norm] || arAttackNouns[t.Norm] || arAttackNouns[t.Bases[len(t.Bases)-1]] {
				s.consumed[j] = true
			}
		}
	}
}
