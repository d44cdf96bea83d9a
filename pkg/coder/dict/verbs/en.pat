# Action patterns, English. Format: see README.md in this folder.
# id	lang	cameo	pattern	flags

# --- CAMEO 01
en.010.01	en	010	say|said +to {T}	say
en.010.02	en	010	tell|told {T}	say
en.010.03	en	010	inform {T}
en.010.04	en	010	brief {T}
en.010.05	en	010	statement to {T}	noun
en.012.01	en	012	express|voice concern over|about {T}
en.013.01	en	013	express optimism about {T}
en.014.01	en	014	consider {T} proposal|request|offer
en.015.01	en	015	claim|claimed responsibility	notarget
en.015.02	en	015	claim|claimed responsibility for attack on {T}
en.016.01	en	016	deny|denied responsibility	notarget
en.016.02	en	016	deny|denied involvement	notarget
en.017.01	en	017	lay wreath	notarget
en.018.01	en	018	condolence|condolences to|with {T}	noun
en.018.02	en	018	offer|express|extend|send condolence|condolences to {T}
en.018.03	en	018	sympathy to|with {T}	noun
en.018.04	en	018	express solidarity with {T}
en.018.05	en	018	console {T}
en.019.01	en	019	agree with {T}
en.019.02	en	019	share {T} view|views|position|concerns

# --- CAMEO 02
en.020.01	en	020	call +on|upon {T}
en.020.02	en	020	urge {T}
en.020.03	en	020	appeal to {T}
en.020.04	en	020	ask {T} to
en.020.05	en	020	request {T} to
en.020.06	en	020	plead with {T}
en.020.07	en	020	press {T} to
en.020.08	en	020	implore {T}
en.020.09	en	020	call for {T} to
en.020.10	en	020	call|called +for	notarget
en.020.11	en	020	call|called +for {T}
en.020.12	en	020	appeal +by {S}
en.021.01	en	021	seek cooperation from|with {T}
en.0211.01	en	0211	seek investment from {T}
en.0211.02	en	0211	seek trade deal with {T}
en.0211.03	en	0211	call +on|upon {T} to expand|boost trade|commerce|economic
en.0211.04	en	0211	urge {T} to expand|boost trade|commerce|economic
en.0212.01	en	0212	call +on|upon {T} to expand|boost|deepen military|defence|defense cooperation
en.0212.02	en	0212	urge {T} to expand|boost|deepen military|defence|defense cooperation
en.0213.01	en	0213	call +on|upon {T} to extradite suspects|fugitives
en.0213.02	en	0213	urge {T} to extradite suspects|fugitives
en.0214.01	en	0214	call +on|upon {T} to share intelligence
en.0214.02	en	0214	urge {T} to share intelligence
en.022.01	en	022	seek support from {T}
en.022.02	en	022	lobby {T}
en.022.03	en	022	call +on|upon {T} to support position|bid|candidacy
en.022.04	en	022	urge {T} to support position|bid|candidacy
en.023.01	en	023	seek aid|assistance|help from {T}
en.023.02	en	023	ask {T} for aid|assistance|help|support
en.023.03	en	023	request aid|assistance|help from {T}
en.0231.01	en	0231	seek loan|loans|funding from {T}
en.0231.02	en	0231	seek financial|economic aid|assistance from {T}
en.0231.03	en	0231	ask {T} for loan|loans|money|funding
en.0231.04	en	0231	call +on|upon {T} to provide economic|financial aid|assistance
en.0231.05	en	0231	urge {T} to provide economic|financial aid|assistance
en.0232.01	en	0232	seek|request weapons|arms|ammunition from {T}
en.0232.02	en	0232	seek|request military aid|assistance from {T}
en.0232.03	en	0232	ask {T} for weapons|arms|ammunition|tanks|jets
en.0232.04	en	0232	call +on|upon {T} to provide|send|supply|deliver weapons|arms|tanks|missiles|jets|ammunition
en.0232.05	en	0232	urge {T} to provide|send|supply|deliver weapons|arms|tanks|missiles|jets|ammunition
en.0233.01	en	0233	seek|request humanitarian aid|assistance from {T}
en.0233.02	en	0233	call +on|upon {T} to provide|send humanitarian aid|assistance
en.0233.03	en	0233	urge {T} to provide|send humanitarian aid|assistance
en.0234.01	en	0234	request|seek peacekeepers|protection from {T}
en.0234.02	en	0234	call +on|upon {T} to send|deploy peacekeepers
en.0234.03	en	0234	urge {T} to send|deploy peacekeepers
en.0241.01	en	0241	call +on|upon {T} to resign
en.0241.02	en	0241	urge {T} to resign
en.0242.01	en	0242	call +on|upon {T} to change policy|course
en.0242.02	en	0242	urge {T} to change policy|course
en.0243.01	en	0243	call +on|upon {T} to respect human rights
en.0243.02	en	0243	urge {T} to respect human rights
en.0244.01	en	0244	call +on|upon {T} to hold elections
en.0244.02	en	0244	urge {T} to hold elections
en.0251.01	en	0251	call +on|upon {T} to lift state of emergency
en.0251.02	en	0251	urge {T} to lift state of emergency
en.0252.01	en	0252	call +on|upon {T} to end protests|demonstrations
en.0252.02	en	0252	urge {T} to end protests|demonstrations
en.0253.01	en	0253	call +on|upon {T} to release|free
en.0253.02	en	0253	urge {T} to release|free
en.0254.01	en	0254	call +on|upon {T} to lift|ease sanctions
en.0254.02	en	0254	urge {T} to lift|ease sanctions
en.0255.01	en	0255	call +on|upon {T} to allow inspectors|observers|monitors
en.0255.02	en	0255	urge {T} to allow inspectors|observers|monitors
en.0256.01	en	0256	call +on|upon {T} to withdraw troops|forces
en.0256.02	en	0256	urge {T} to withdraw troops|forces
en.0256.03	en	0256	call +on|upon {T} to exercise|show restraint
en.0256.04	en	0256	urge {T} to exercise|show restraint
en.0256.05	en	0256	call +on|upon {T} to ceasefire|truce
en.0256.06	en	0256	urge {T} to ceasefire|truce
en.026.01	en	026	call +on|upon {T} to resume|hold talks|negotiations
en.026.02	en	026	urge {T} to resume|hold talks|negotiations
en.027.01	en	027	call +on|upon {T} to settle|resolve dispute|conflict
en.027.02	en	027	urge {T} to settle|resolve dispute|conflict
en.028.01	en	028	call +on|upon {T} to accept mediation
en.028.02	en	028	urge {T} to accept mediation

# --- CAMEO 03
en.030.01	en	030	pledge|vow|promise to cooperate with {T}
en.030.02	en	030	express willingness to cooperate with {T}
en.030.03	en	030	promise {T}
en.030.04	en	030	pledge support to|for {T}
en.030.05	en	030	vow to support {T}
en.030.06	en	030	agree to work with {T}
en.030.07	en	030	offer to help {T}
en.031.01	en	031	offer {T} assistance|help
en.0311.01	en	0311	pledge|promise|vow|offer|agree to expand|boost trade|commerce|economic with {T}
en.0311.02	en	0311	agree to expand|boost trade|commerce|economic	mutual
en.0312.01	en	0312	pledge|promise|vow|offer|agree to expand|boost|deepen military|defence|defense cooperation with {T}
en.0312.02	en	0312	agree to expand|boost|deepen military|defence|defense cooperation	mutual
en.0313.01	en	0313	pledge|promise|vow|offer|agree to extradite suspects|fugitives to {T}
en.0313.02	en	0313	agree to extradite suspects|fugitives	mutual
en.0314.01	en	0314	pledge|promise|vow|offer|agree to share intelligence with {T}
en.0314.02	en	0314	agree to share intelligence	mutual
en.032.01	en	032	pledge|promise diplomatic support to|for {T}
en.032.02	en	032	pledge|promise|vow|offer|agree to support {T} position|bid|candidacy
en.032.03	en	032	agree to support position|bid|candidacy	mutual
en.033.01	en	033	pledge|promise aid|assistance to {T}
en.033.02	en	033	pledge {T} aid|assistance
en.033.03	en	033	offer aid|assistance to {T}
en.033.04	en	033	offer {T} aid|assistance
en.0331.01	en	0331	pledge|promise loan|loans|funding to {T}
en.0331.02	en	0331	pledge|promise economic|financial aid|assistance to {T}
en.0331.03	en	0331	pledge|promise|vow|offer|agree to provide economic|financial aid|assistance to {T}
en.0331.04	en	0331	agree to provide economic|financial aid|assistance	mutual
en.0332.01	en	0332	pledge|promise weapons|arms|tanks|jets to {T}
en.0332.02	en	0332	pledge|promise military aid|assistance to {T}
en.0332.03	en	0332	pledge|promise|vow|offer|agree to provide|send|supply|deliver weapons|arms|tanks|missiles|jets|ammunition to {T}
en.0332.04	en	0332	agree to provide|send|supply|deliver weapons|arms|tanks|missiles|jets|ammunition	mutual
en.0333.01	en	0333	pledge|promise humanitarian aid|assistance to {T}
en.0333.02	en	0333	pledge|promise|vow|offer|agree to provide|send humanitarian aid|assistance to {T}
en.0333.03	en	0333	agree to provide|send humanitarian aid|assistance	mutual
en.0334.01	en	0334	offer|pledge peacekeepers to {T}
en.0334.02	en	0334	pledge|promise|vow|offer|agree to send|deploy peacekeepers to {T}
en.0334.03	en	0334	agree to send|deploy peacekeepers	mutual
en.0341.01	en	0341	pledge|promise|vow|offer|agree to resign {T}
en.0341.02	en	0341	agree to resign	mutual
en.0342.01	en	0342	pledge|promise|vow|offer|agree to change policy|course {T}
en.0342.02	en	0342	agree to change policy|course	mutual
en.0343.01	en	0343	pledge|promise|vow|offer|agree to respect human rights {T}
en.0343.02	en	0343	agree to respect human rights	mutual
en.0344.01	en	0344	pledge|promise|vow|offer|agree to hold elections {T}
en.0344.02	en	0344	agree to hold elections	mutual
en.0351.01	en	0351	pledge|promise|vow|offer|agree to lift state of emergency {T}
en.0351.02	en	0351	agree to lift state of emergency	mutual
en.0352.01	en	0352	pledge|promise|vow|offer|agree to end protests|demonstrations {T}
en.0352.02	en	0352	agree to end protests|demonstrations	mutual
en.0353.01	en	0353	pledge|promise|vow|offer|agree to release|free {T}
en.0353.02	en	0353	agree to release|free	mutual
en.0354.01	en	0354	pledge|promise|vow|offer|agree to lift|ease sanctions on {T}
en.0354.02	en	0354	agree to lift|ease sanctions	mutual
en.0355.01	en	0355	pledge|promise|vow|offer|agree to allow inspectors|observers|monitors {T}
en.0355.02	en	0355	agree to allow inspectors|observers|monitors	mutual
en.0356.01	en	0356	pledge|promise|vow|offer|agree to withdraw troops|forces from {T}
en.0356.02	en	0356	agree to withdraw troops|forces	mutual
en.0356.03	en	0356	pledge|promise|vow|offer|agree to exercise|show restraint {T}
en.0356.04	en	0356	agree to exercise|show restraint	mutual
en.036.01	en	036	offer to meet|negotiate with {T}
en.036.02	en	036	agree to meet|negotiate {T}
en.036.03	en	036	propose talks with {T}
en.036.04	en	036	invite {T}
en.036.05	en	036	invitation to {T}	noun
en.036.06	en	036	pledge|promise|vow|offer|agree to resume|hold talks|negotiations with {T}
en.036.07	en	036	agree to resume|hold talks|negotiations	mutual
en.037.01	en	037	pledge|promise|vow|offer|agree to settle|resolve dispute|conflict with {T}
en.037.02	en	037	agree to settle|resolve dispute|conflict	mutual
en.038.01	en	038	pledge|promise|vow|offer|agree to accept mediation {T}
en.038.02	en	038	agree to accept mediation	mutual
en.039.01	en	039	offer to mediate between {T}
en.039.02	en	039	offer to mediate
en.039.03	en	039	ready|willing|prepared to mediate between {T}

# --- CAMEO 04
en.040.01	en	040	hold talks with {T}
en.040.02	en	040	hold|held talks|meeting|consultations|discussions with {T}
en.040.03	en	040	talk|talks with {T}	noun
en.040.04	en	040	discuss with {T}
en.040.05	en	040	consult|consulted with {T}
en.040.06	en	040	meet|met with {T}
en.040.07	en	040	meet|met {T}
en.040.08	en	040	meeting with {T}	noun
en.040.09	en	040	speak|spoke|spoken with|to {T}
en.040.10	en	040	talk to {T}
en.040.11	en	040	confer with {T}
en.040.12	en	040	summit with {T}	noun
en.040.13	en	040	talks between {S}	mutual,noun
en.040.14	en	040	meet|met	mutual
en.040.15	en	040	discuss	mutual
en.040.16	en	040	hold|held talks	mutual
en.041.01	en	041	hold|held phone|telephone call|conversation with {T}
en.041.02	en	041	phone|telephone call with {T}	noun
en.041.03	en	041	phone|telephone conversation with {T}	noun
en.041.04	en	041	speak|spoke|talk by phone|telephone with|to {T}
en.041.05	en	041	speak|spoke|talk with|to {T} by phone|telephone
en.041.06	en	041	phone|telephone {T}
en.041.07	en	041	{T} receive|received phone|telephone call from {S}
en.042.01	en	042	visit {T}
en.042.02	en	042	visit to {T}	noun
en.042.03	en	042	trip to {T}	noun
en.042.04	en	042	arrive|arrived in {T}
en.042.05	en	042	travel to {T}
en.042.06	en	042	tour {T}
en.043.01	en	043	host {T}
en.043.02	en	043	receive|received {T}
en.043.03	en	043	welcome {T} +to|in
en.044.01	en	044	meet|met {T} on +sidelines
en.045.01	en	045	mediate between {T}
en.045.02	en	045	mediation between {T}	noun
en.045.03	en	045	broker talks between {T}
en.046.01	en	046	negotiate with {T}
en.046.02	en	046	negotiations with {T}	noun
en.046.03	en	046	negotiate	mutual

# --- CAMEO 05
en.050.01	en	050	restore|establish|normalise|normalize relations|ties with {T}
en.050.02	en	050	restore|establish|normalise|normalize diplomatic relations|ties with {T}
en.050.03	en	050	cooperate with {T}
en.050.04	en	050	cooperation with {T}	noun
en.050.05	en	050	restore|establish|normalise|normalize relations|ties	mutual
en.051.01	en	051	welcome {T}
en.051.02	en	051	praise {T}
en.051.03	en	051	commend {T}
en.051.04	en	051	hail {T}
en.051.05	en	051	laud {T}
en.051.06	en	051	applaud {T}
en.051.07	en	051	welcome {T} decision|move|announcement|proposal|offer|initiative|efforts
en.051.08	en	051	support {T}
en.051.09	en	051	=backs|=backed|=backing {T}
en.051.10	en	051	endorse {T}
en.051.11	en	051	congratulate {T}
en.051.12	en	051	thank {T}
en.051.13	en	051	express support for {T}
en.051.14	en	051	stand with|by {T}
en.051.15	en	051	support for {T}	noun
en.051.16	en	051	praise for {T}	noun
en.052.01	en	052	defend {T} position|decision|stance|right
en.052.02	en	052	come to defence|defense of {T}
en.053.01	en	053	rally support for {T}
en.054.01	en	054	recognise|recognize {T}
en.054.02	en	054	recognition of {T}	noun
en.055.01	en	055	apologise|apologize to {T}
en.055.02	en	055	apology to {T}	noun
en.056.01	en	056	forgive {T}
en.057.01	en	057	sign agreement|deal|accord|treaty|pact|memorandum|agreements|deals|accords with {T}
en.057.02	en	057	sign|signed agreement|deal|accord|treaty|pact|memorandum|agreements	mutual
en.057.03	en	057	reach|reached agreement|deal|accord with {T}
en.057.04	en	057	reach|reached agreement|deal|accord	mutual
en.057.05	en	057	strike|struck deal|agreement with {T}
en.057.06	en	057	deal with {T}	noun
en.057.07	en	057	agreement with {T}	noun
en.057.08	en	057	agreement between {S}	mutual,noun

# --- CAMEO 06
en.060.01	en	060	cooperate militarily|economically with {T}
en.061.01	en	061	trade with {T}
en.061.02	en	061	invest in {T}
en.061.03	en	061	economic cooperation with {T}	noun
en.061.04	en	061	trade deal with {T}	noun
en.062.01	en	062	joint military exercises|drills|exercise|manoeuvres|maneuvers with {T}	noun
en.062.02	en	062	military cooperation with {T}	noun
en.062.03	en	062	joint military exercises|drills|exercise|manoeuvres|maneuvers between {S}	mutual,noun
en.062.04	en	062	joint exercises|drills between {S}	mutual,noun
en.063.01	en	063	extradite to {T}
en.063.02	en	063	extradition to {T}	noun
en.064.01	en	064	share intelligence|information with {T}

# --- CAMEO 07
en.070.01	en	070	provide|send|deliver|give aid|assistance|help|support to {T}
en.070.02	en	070	provide {T} with aid|assistance|help
en.070.03	en	070	aid to|for {T}	noun
en.070.04	en	070	assistance to|for {T}	noun
en.070.05	en	070	donate to {T}
en.070.06	en	070	{T} receive|received aid|assistance|help|support from {S}
en.071.01	en	071	loan|loans|grant|grants to {T}	noun
en.071.02	en	071	economic|financial aid|assistance|support to|for {T}	noun
en.071.03	en	071	provide|send|grant loan|loans|funding|money to {T}
en.071.04	en	071	lend {T}
en.072.01	en	072	weapons|arms|tanks|missiles|ammunition|munitions|jets|systems to|for {T}	noun
en.072.02	en	072	military aid|assistance|support|package to|for {T}	noun
en.072.03	en	072	supply|send|deliver|provide weapons|arms|tanks|missiles|ammunition|munitions to {T}
en.072.04	en	072	supply|arm {T} with
en.072.05	en	072	arm {T}
en.072.06	en	072	{T} receive|received weapons|arms|tanks|missiles|jets|ammunition from {S}
en.073.01	en	073	humanitarian aid|assistance|supplies|relief to|for {T}	noun
en.073.02	en	073	send|deliver|provide humanitarian aid|assistance|supplies|relief to {T}
en.073.03	en	073	food aid to {T}	noun
en.074.01	en	074	deploy peacekeepers to {T}
en.074.02	en	074	peacekeepers to|in {T}	noun
en.075.01	en	075	grant asylum to {T}
en.075.02	en	075	grant {T} asylum
en.075.03	en	075	asylum to {T}	noun

# --- CAMEO 08
en.080.01	en	080	yield to {T}
en.080.02	en	080	concede to {T}
en.081.01	en	081	lift|ease restrictions on {T}
en.0811.01	en	0811	lift|ease restrictions on media|press|protests|opposition	self
en.0812.01	en	0812	lift ban on {T}
en.0813.01	en	0813	lift|end curfew	self
en.0814.01	en	0814	lift|end state of emergency	self
en.0814.02	en	0814	lift|end martial law	self
en.082.01	en	082	ease crackdown on {T}
en.0831.01	en	0831	resign	self
en.0831.02	en	0831	step down	self
en.084.01	en	084	return {T}
en.0841.01	en	0841	release|=freed|=frees|=freeing {T}
en.0841.02	en	0841	release of {T}	noun
en.0841.03	en	0841	hand over {T}
en.0841.04	en	0841	swap prisoners with {T}	both
en.0841.05	en	0841	prisoner swap|exchange with {T}	noun,both
en.0842.01	en	0842	return seized|confiscated {T}
en.085.01	en	085	lift|ease sanctions on|against {T}
en.085.02	en	085	lift|ease embargo on|against {T}
en.085.03	en	085	lift sanctions	notarget
en.086.01	en	086	allow|let {T} inspectors|monitors|observers
en.0861.01	en	0861	accept peacekeepers	notarget
en.0862.01	en	0862	allow|admit inspectors|monitors	notarget
en.0863.01	en	0863	allow aid into {T}
en.0863.02	en	0863	allow humanitarian access	notarget
en.087.01	en	087	de +escalate	notarget
en.0871.01	en	0871	ceasefire|truce with {T}	noun
en.0871.02	en	0871	agree to ceasefire|truce	mutual
en.0871.03	en	0871	declare|declared ceasefire|truce	notarget
en.0871.04	en	0871	pledge|promise|vow|offer|agree to ceasefire|truce with {T}
en.0872.01	en	0872	lift|ease blockade on|of {T}
en.0873.01	en	0873	demobilise|demobilize	notarget
en.0874.01	en	0874	withdraw|withdrew|pull troops|forces from {T}
en.0874.02	en	0874	pull out of {T}
en.0874.03	en	0874	withdraw|withdrew from {T}
en.0874.04	en	0874	withdrawal from {T}	noun
en.0874.05	en	0874	surrender to {T}

# --- CAMEO 09
en.090.01	en	090	investigate {T}
en.090.02	en	090	investigation into|of {T}	noun
en.090.03	en	090	probe into {T}	noun
en.090.04	en	090	launch investigation|probe into {T}
en.092.01	en	092	investigate human rights abuses|violations by {T}
en.094.01	en	094	investigate war crimes by {T}
en.094.02	en	094	war crimes investigation into {T}	noun

# --- CAMEO 10
en.100.01	en	100	demand that {T}
en.100.02	en	100	demand {T}
en.100.03	en	100	demand from {T}
en.100.04	en	100	insist that {T}
en.100.05	en	100	demand of {T}
en.1011.01	en	1011	demand that {T} expand|boost trade|commerce|economic
en.1012.01	en	1012	demand that {T} expand|boost|deepen military|defence|defense cooperation
en.1013.01	en	1013	demand that {T} extradite suspects|fugitives
en.1014.01	en	1014	demand that {T} share intelligence
en.102.01	en	102	demand that {T} support position|bid|candidacy
en.1031.01	en	1031	demand that {T} provide economic|financial aid|assistance
en.1032.01	en	1032	demand that {T} provide|send|supply|deliver weapons|arms|tanks|missiles|jets|ammunition
en.1033.01	en	1033	demand that {T} provide|send humanitarian aid|assistance
en.1034.01	en	1034	demand that {T} send|deploy peacekeepers
en.1041.01	en	1041	demand that {T} resign
en.1042.01	en	1042	demand that {T} change policy|course
en.1043.01	en	1043	demand that {T} respect human rights
en.1044.01	en	1044	demand that {T} hold elections
en.1051.01	en	1051	demand that {T} lift state of emergency
en.1052.01	en	1052	demand that {T} end protests|demonstrations
en.1053.01	en	1053	demand that {T} release|free
en.1054.01	en	1054	demand that {T} lift|ease sanctions
en.1055.01	en	1055	demand that {T} allow inspectors|observers|monitors
en.1056.01	en	1056	demand that {T} withdraw troops|forces
en.1056.02	en	1056	demand that {T} exercise|show restraint
en.1056.03	en	1056	demand that {T} ceasefire|truce
en.106.01	en	106	demand that {T} resume|hold talks|negotiations
en.107.01	en	107	demand that {T} settle|resolve dispute|conflict
en.108.01	en	108	demand that {T} accept mediation

# --- CAMEO 11
en.110.01	en	110	oppose {T}
en.110.02	en	110	opposition to {T}	noun
en.111.01	en	111	criticise|criticize {T}
en.111.02	en	111	condemn {T}
en.111.03	en	111	denounce {T}
en.111.04	en	111	slam {T}
en.111.05	en	111	censure {T}
en.111.06	en	111	rebuke {T}
en.111.07	en	111	lambast {T}
en.111.08	en	111	decry {T}
en.111.09	en	111	deplore {T}
en.111.10	en	111	chastise {T}
en.111.11	en	111	disapprove of {T}
en.111.12	en	111	condemnation of {T}	noun
en.111.13	en	111	criticism of {T}	noun
en.112.01	en	112	trade|traded blame|accusations	mutual
en.112.02	en	112	accuse {T}
en.112.03	en	112	blame {T}
en.112.04	en	112	blame on {T}
en.112.05	en	112	accusation|accusations against {T}	noun
en.112.06	en	112	hold {T} responsible
en.1121.01	en	1121	accuse {T} of corruption|fraud|crime|crimes|bribery|smuggling|terrorism
en.1122.01	en	1122	accuse {T} of human rights abuses|violations
en.1122.02	en	1122	accuse {T} of torture|abuses|repression
en.1123.01	en	1123	accuse {T} of aggression|attacking|attack|attacks|provocation|provocations|shelling|invading
en.1124.01	en	1124	accuse {T} of war crimes
en.1124.02	en	1124	accuse {T} of genocide|massacre|massacres
en.1124.03	en	1124	accuse {T} of ethnic cleansing
en.1125.01	en	1125	accuse {T} of spying|espionage|treason|interference|meddling
en.113.01	en	113	rally opposition against {T}
en.114.01	en	114	summon {T}
en.114.02	en	114	lodge|file|register protest|complaint with {T}
en.114.03	en	114	complain to {T}
en.114.04	en	114	complaint against {T}	noun
en.114.05	en	114	protest to {T}
en.115.01	en	115	sue {T}
en.115.02	en	115	file lawsuit|case|complaint against {T}
en.115.03	en	115	take {T} to court
en.115.04	en	115	lawsuit against {T}	noun
en.116.01	en	116	convict {T}
en.116.02	en	116	find {T} guilty
en.116.03	en	116	sentence {T}

# --- CAMEO 12
en.120.01	en	120	reject {T}
en.120.02	en	120	rebuff {T}
en.120.03	en	120	dismiss {T} claims|accusations|allegations|proposal|demands
en.120.04	en	120	rejection of {T}	noun
en.120.05	en	120	turn down {T}
en.121.01	en	121	reject cooperation with {T}
en.1211.01	en	1211	refuse|refused to expand|boost trade|commerce|economic with {T}
en.1212.01	en	1212	refuse|refused to expand|boost|deepen military|defence|defense cooperation with {T}
en.122.01	en	122	reject {T} request for aid|assistance|help
en.1221.01	en	1221	refuse|refused to provide economic|financial aid|assistance to {T}
en.1222.01	en	1222	refuse|refused to provide|send|supply|deliver weapons|arms|tanks|missiles|jets|ammunition to {T}
en.1223.01	en	1223	refuse|refused to provide|send humanitarian aid|assistance to {T}
en.1224.01	en	1224	refuse|refused to send|deploy peacekeepers to {T}
en.1231.01	en	1231	refuse|refused to resign {T}
en.1232.01	en	1232	refuse|refused to change policy|course {T}
en.1233.01	en	1233	refuse|refused to respect human rights {T}
en.1234.01	en	1234	refuse|refused to hold elections {T}
en.1241.01	en	1241	refuse|refused to lift state of emergency {T}
en.1242.01	en	1242	refuse|refused to end protests|demonstrations {T}
en.1243.01	en	1243	refuse|refused to release|free {T}
en.1244.01	en	1244	refuse|refused to lift|ease sanctions on {T}
en.1245.01	en	1245	refuse|refused to allow inspectors|observers|monitors {T}
en.1246.01	en	1246	refuse|refused to withdraw troops|forces from {T}
en.1246.02	en	1246	refuse|refused to exercise|show restraint {T}
en.1246.03	en	1246	refuse|refused to ceasefire|truce with {T}
en.125.01	en	125	reject|refuse talks|negotiations with {T}
en.125.02	en	125	refuse to meet|negotiate with {T}
en.125.03	en	125	refuse|refused to resume|hold talks|negotiations with {T}
en.126.01	en	126	reject mediation	notarget
en.126.02	en	126	reject {T} mediation
en.126.03	en	126	refuse|refused to accept mediation {T}
en.127.01	en	127	reject {T} peace plan|proposal|agreement|ceasefire
en.127.02	en	127	refuse|refused to settle|resolve dispute|conflict with {T}
en.128.01	en	128	defy {T}
en.128.02	en	128	violate {T} sovereignty|airspace|territory
en.128.03	en	128	violation of {T} sovereignty|airspace	noun
en.129.01	en	129	veto {T}
en.129.02	en	129	veto of {T}	noun
en.129.03	en	129	block {T} resolution|bid|proposal

# --- CAMEO 13
en.130.01	en	130	threaten {T*}
en.130.02	en	130	warn {T}
en.130.03	en	130	threat|threats against|to {T}	noun
en.1311.01	en	1311	threaten to cut|halt|suspend aid to {T}
en.1311.02	en	1311	threaten to provide|send|supply|deliver weapons|arms|tanks|missiles|jets|ammunition to {T}
en.1312.01	en	1312	threaten sanctions against|on {T}
en.1312.02	en	1312	threaten to impose sanctions on {T}
en.1313.01	en	1313	threaten to cut|sever|downgrade ties|relations with {T}
en.1313.02	en	1313	threaten to cut|sever ties|relations with {T}
en.1322.01	en	1322	threaten to ban {T} party|parties
en.1323.01	en	1323	threaten to impose curfew {T}
en.1324.01	en	1324	threaten to lift state of emergency {T}
en.133.01	en	133	threaten to end protests|demonstrations {T}
en.134.01	en	134	threaten to halt|suspend|quit talks|negotiations with {T}
en.134.02	en	134	threaten to resume|hold talks|negotiations with {T}
en.135.01	en	135	threaten to accept mediation {T}
en.136.01	en	136	threaten to allow inspectors|observers|monitors {T}
en.137.01	en	137	threaten crackdown on {T}
en.137.02	en	137	threaten to crack down on {T}
en.138.01	en	138	threaten military action|force against {T}
en.138.02	en	138	threaten to use force against {T}
en.1381.01	en	1381	threaten to blockade {T}
en.1382.01	en	1382	threaten to invade|occupy {T}
en.1384.01	en	1384	threaten to attack|strike|bomb {T}
en.1385.01	en	1385	threaten nuclear strike|attack on|against {T}
en.1385.02	en	1385	threaten to use nuclear weapons against {T}
en.139.01	en	139	ultimatum to {T}	noun
en.139.02	en	139	give|issue {T} ultimatum

# --- CAMEO 14
en.141.01	en	141	protest|protested|demonstrate|rally|march	self
en.141.02	en	141	protest|protested|demonstrate|rally|march against {T}
en.141.03	en	141	take|took to +the +streets	self
en.141.04	en	141	hold|held protest|protests|rally|rallies|demonstration|demonstrations	self
en.141.05	en	141	protest|protests|demonstration|demonstrations against {T}	noun
en.141.06	en	141	sit +in	self,noun
en.142.01	en	142	hunger strike	self,noun
en.143.01	en	143	go on strike	self
en.143.02	en	143	general strike	self,noun
en.143.03	en	143	boycott {T} election|elections|vote
en.144.01	en	144	block road|roads|highway|highways	self
en.144.02	en	144	blockade of {T} port|ports|roads	noun
en.145.01	en	145	riot	self
en.145.02	en	145	riots	self,noun
en.145.03	en	145	clash with police	self
en.145.04	en	145	storm {T} embassy|parliament
en.145.05	en	145	set fire to	self

# --- CAMEO 15
en.150.01	en	150	show of force	self,noun
en.150.02	en	150	military drills|exercises|manoeuvres|maneuvers near|around|off|close {T}	noun
en.150.03	en	150	launch|hold|stage|conduct drills|exercises|manoeuvres|maneuvers around|near|off {T}
en.150.04	en	150	fly bombers near {T}
en.152.01	en	152	put|place forces|troops|army on alert	self
en.152.02	en	152	raise|heighten alert	self
en.153.01	en	153	deploy police|riot	self
en.154.01	en	154	deploy troops|forces|soldiers|tanks|warships|missiles|jets {T}
en.154.02	en	154	deploy troops|forces|soldiers|tanks|warships|missiles|jets	self
en.154.03	en	154	mass troops|forces on|near|along {T}
en.154.04	en	154	mobilise|mobilize {T}
en.154.05	en	154	mobilise|mobilize troops|forces|reservists	self
en.154.06	en	154	mobilisation|mobilization	self,noun
en.154.07	en	154	military buildup near|on|along {T}	noun
en.154.08	en	154	send troops|forces|soldiers to {T}
en.155.01	en	155	deploy cyber forces	self

# --- CAMEO 16
en.160.01	en	160	downgrade|reduce ties|relations with {T}
en.160.02	en	160	suspend cooperation with {T}
en.160.03	en	160	freeze ties|relations with {T}
en.161.01	en	161	cut|sever|break ties|relations with {T}
en.161.02	en	161	cut|sever|break diplomatic ties|relations with {T}
en.161.03	en	161	recall ambassador|envoy from {T}
en.161.04	en	161	recall {T} ambassador|envoy
en.161.05	en	161	close embassy in {T}
en.162.01	en	162	cut|suspend|halt|freeze aid|assistance|funding to|for {T}
en.1621.01	en	1621	cut|suspend|halt economic aid|assistance|loans to {T}
en.1622.01	en	1622	cut|suspend|halt military aid|assistance to {T}
en.1623.01	en	1623	cut|suspend|halt humanitarian aid|assistance to {T}
en.163.01	en	163	impose|slap sanctions|embargo on|against {T}
en.163.02	en	163	sanction {T}
en.163.03	en	163	sanctions on|against {T}	noun
en.163.04	en	163	embargo on|against {T}	noun
en.163.05	en	163	boycott {T}
en.163.06	en	163	freeze {T} assets
en.163.07	en	163	blacklist {T}
en.163.08	en	163	ban imports from {T}
en.163.09	en	163	halt|suspend|stop|cut|freeze|ban trade|imports|exports with|to|from {T}
en.164.01	en	164	suspend|halt|break off talks|negotiations with {T}
en.164.02	en	164	walk|pull out of talks|negotiations with {T}
en.166.01	en	166	expel {T}
en.166.02	en	166	expulsion of {T}	noun
en.166.03	en	166	withdraw ambassador|envoy|diplomats from {T}
en.1661.01	en	1661	expel|withdraw peacekeepers	notarget
en.1662.01	en	1662	expel inspectors|monitors|observers	notarget
en.1663.01	en	1663	expel aid agencies|groups|workers	notarget

# --- CAMEO 17
en.171.01	en	171	seize {T}
en.171.02	en	171	seizure of {T}	noun
en.171.03	en	171	impound {T}
en.171.04	en	171	confiscate {T}
en.171.05	en	171	capture {T} tanker|ship|vessel
en.171.06	en	171	take|took|seize|seized control of {T}
en.1711.01	en	1711	confiscate {T} property|assets|land
en.1712.01	en	1712	demolish {T} homes|houses
en.1712.02	en	1712	destroy {T}
en.172.01	en	172	ban	self
en.172.02	en	172	ban {T}
en.172.03	en	172	outlaw {T}
en.172.04	en	172	suspend {T} license|licence
en.1721.01	en	1721	restrict {T} freedom|freedoms
en.1722.01	en	1722	ban {T} party
en.1722.02	en	1722	dissolve {T} party
en.1723.01	en	1723	impose|declare curfew	self
en.1724.01	en	1724	declare|impose state of emergency	self
en.1724.02	en	1724	declare|impose martial law	self
en.1724.03	en	1724	declare|impose emergency	self
en.1724.04	en	1724	state of emergency	self,noun
en.1724.05	en	1724	extend state of emergency	self
en.1724.06	en	1724	extend martial law	self
en.173.01	en	173	arrest {T}
en.173.02	en	173	arrest	self
en.173.03	en	173	detain {T}
en.173.04	en	173	detain	self
en.173.05	en	173	jail|imprison {T}
en.173.06	en	173	charge {T} with
en.173.07	en	173	indict {T}
en.173.08	en	173	round up {T}
en.173.09	en	173	arrest of {T}	noun
en.173.10	en	173	detention of {T}	noun
en.174.01	en	174	deport {T}
en.174.02	en	174	deportation of {T}	noun
en.175.01	en	175	crack down on {T}
en.175.02	en	175	crackdown on|against {T}	noun
en.175.03	en	175	fire tear gas at|on {T}
en.175.04	en	175	fire|fired|use|used water +cannon|cannons at|on|against {T}
en.175.05	en	175	disperse {T}
en.175.06	en	175	suppress {T}
en.176.01	en	176	hack {T}
en.176.02	en	176	cyberattack|cyberattacks on|against {T}	noun
en.176.03	en	176	cyber attack|attacks on|against {T}	noun

# --- CAMEO 18
en.180.01	en	180	terrorist attack on|against {T}	noun
en.181.01	en	181	kidnap|abduct {T}
en.181.02	en	181	take {T} hostage
en.181.03	en	181	hijack {T}
en.181.04	en	181	kidnapping of {T}	noun
en.182.01	en	182	assault|beat {T}
en.1822.01	en	1822	torture {T}
en.1823.01	en	1823	kill {T}
en.1823.02	en	1823	killing of {T}	noun
en.183.01	en	183	bomb attack on|against {T}	noun
en.1831.01	en	1831	suicide bombing|attack|bomber	noun
en.1832.01	en	1832	car bomb|bombing	noun
en.1833.01	en	1833	roadside bomb	noun
en.185.01	en	185	assassination attempt on|against {T}	noun
en.185.02	en	185	attempt to assassinate {T}
en.186.01	en	186	assassinate {T}
en.186.02	en	186	assassination of {T}	noun

# --- CAMEO 19
en.190.01	en	190	capture {T}
en.190.02	en	190	attack {T}
en.190.03	en	190	attack on|against {T}	noun
en.190.04	en	190	attacks on|against {T}	noun
en.190.05	en	190	strike|struck {T}
en.190.06	en	190	strike on|against {T}	noun
en.190.07	en	190	fight {T}
en.190.08	en	190	fight|fought against {T}
en.190.09	en	190	clash|clashed with {T}
en.190.10	en	190	clashes with {T}	noun
en.190.11	en	190	clashes between {S}	mutual,noun
en.190.12	en	190	clashes broke out between {S}	mutual,noun
en.190.13	en	190	fighting between {S}	mutual,noun
en.190.14	en	190	fighting with {T}	noun
en.190.15	en	190	raid {T}
en.190.16	en	190	raid on {T}	noun
en.190.17	en	190	ambush {T}
en.190.18	en	190	=targeted|=targeting|=target {T}
en.190.19	en	190	launch|launched attack|attacks|offensive on|against {T}
en.190.20	en	190	offensive against|on {T}	noun
en.190.21	en	190	fire|fired|launch missiles|missile|rockets|rocket|drones|shells at|on|into|towards|against {T}
en.190.22	en	190	missile|rocket|drone attack|attacks|strike|strikes on|against {T}	noun
en.190.23	en	190	shoot|shot down {T}
en.190.24	en	190	storm {T}
en.190.25	en	190	hit {T} positions|targets|bases|base
en.190.26	en	190	push|pushed into {T}
en.190.27	en	190	advance|advanced into|on|towards {T}
en.190.28	en	190	incursion|incursions into {T}	noun
en.190.29	en	190	{T} come|came under attack|fire|shelling|bombardment +by|from {S}
# Munitions as the subject ("Russian missiles hit Kyiv"): the adjective before
# the weapon is the source, the place hit stands for its state.
en.190.42	en	190	missile|missiles|rocket|rockets|shell|shells +hit|struck|pounded {T}	noun
en.191.01	en	191	blockade {T}
en.191.02	en	191	besiege {T}
en.191.03	en	191	siege of {T}	noun
en.191.04	en	191	impose blockade on {T}
en.191.05	en	191	blockade of {T}	noun
en.192.01	en	192	invade {T}
en.192.02	en	192	invasion of {T}	noun
en.192.03	en	192	occupy {T}
en.192.04	en	192	occupation of {T}	noun
en.192.05	en	192	annex {T}
en.193.01	en	193	open fire on {T}
en.193.02	en	193	shoot|shot at {T}
en.193.03	en	193	gunfire on {T}	noun
en.194.01	en	194	shell {T}
en.194.02	en	194	shelling of {T}	noun
en.194.03	en	194	shell|shelled {T} positions|towns|villages
en.194.04	en	194	bombard {T}
en.194.05	en	194	pound {T}
en.194.06	en	194	artillery fire|strikes on {T}	noun
en.195.01	en	195	air strike|strikes|raid|raids on|against {T}	noun
en.195.02	en	195	airstrike|airstrikes on|against {T}	noun
en.195.03	en	195	bomb {T}
en.195.04	en	195	bombing of {T}	noun
en.195.05	en	195	bombard {T} from +the +air
en.195.06	en	195	launch air strikes|airstrikes on|against {T}
en.195.07	en	195	carry +out air strikes|airstrikes|raids on|against {T}
en.195.08	en	195	carry +out airstrikes	notarget
en.195.09	en	195	carry +out air strikes|airstrikes|raids {T}
en.1952.01	en	1952	drone strike|strikes on|against {T}	noun
en.196.01	en	196	violate ceasefire|truce	notarget
en.196.02	en	196	ceasefire violation|violations	notarget,noun
en.196.03	en	196	violate ceasefire|truce with {T}

# --- CAMEO 20
en.200.01	en	200	atrocities against {T}	noun
en.201.01	en	201	mass expulsion of {T}	noun
en.202.01	en	202	massacre {T}
en.202.02	en	202	massacre of {T}	noun
en.202.03	en	202	genocide against {T}	noun
en.202.04	en	202	commit genocide against {T}
en.203.01	en	203	ethnic cleansing of|against {T}	noun
en.2041.01	en	2041	chemical attack on|against {T}	noun
en.2041.02	en	2041	use chemical weapons against|on {T}
en.2042.01	en	2042	nuclear attack on|against {T}	noun

# --- 0.2.0: wire-copy categories (statements, org sources, membership, tariffs, deployments, sport-free force)
# Statements and appeals
en.010.06	en	010	decline|declined|refuse|refused to comment	notarget
en.012.02	en	012	warn|warned +that	notarget
en.012.03	en	012	warn|warned +of	notarget
en.020.13	en	020	appeal|appealed|urge|urged|call|called to|on|upon warring parties|sides|factions in {T}
# Intentions: "said it was ready to expand cooperation with X" (adjectives: no passive)
en.030.08	en	030	ready|willing|prepared|determined to expand|boost|deepen|strengthen|enhance|develop|broaden cooperation|ties|relations|trade|partnership with {T}	noun
en.030.09	en	030	ready|willing|prepared to help|support|assist|work with {T}	noun
en.030.10	en	030	agree|agreed to work together|cooperate	mutual
en.030.11	en	030	pledge|pledged|vow|vowed|promise|promised to deepen|strengthen|expand cooperation|ties|relations with {T}
en.036.08	en	036	offer|offered to host talks|negotiations between {T}
en.055.03	en	055	express|expressed regret|regrets|remorse to {T}
en.055.04	en	055	regret|regrets to {T}	noun
# Membership of organisations
en.050.06	en	050	join|joined {T}
en.050.07	en	050	accession to {T}	noun
en.050.08	en	050	readmit|readmitted|reinstate|reinstated {T}
en.080.03	en	080	lift|lifted suspension of {T}
en.160.04	en	160	suspend|suspended {T} from
en.160.05	en	160	suspend|suspended {T} membership
en.160.06	en	160	suspension of {T} from	noun
en.160.07	en	160	freeze|froze|frozen|suspend|suspended participation|membership in {T}
en.160.08	en	160	suspend|suspended participation|membership in {T} +by	noun
# Economic aid from international lenders
en.071.05	en	071	approve|approved|grant|granted|disburse|disbursed|extend|extended loan|loans|bailout|credit|financing|tranche|funding for|to {T}
en.071.06	en	071	loan|loans|bailout|credit|financing|tranche for {T}	noun
en.071.07	en	071	bailout|rescue package for {T}	noun
# Humanitarian deliveries
en.073.04	en	073	deliver|delivered|send|sent|ship|shipped|fly|flew|airlift|airlifted supplies|aid|food|medicine|medicines|relief|tonnes|tons to {T}
en.073.05	en	073	send|sent|dispatch|dispatched plane|planes|aircraft|ship|ships|convoy|convoys|shipment|shipments|flight|flights carrying|with|of aid|supplies|food|medicine|relief to {T}
en.073.06	en	073	send|sent|dispatch|dispatched plane|planes|aircraft|ship|convoy|shipment carrying|with {T*}
en.074.03	en	074	deploy|send|sent|dispatch police|officers|peacekeepers|peacekeeping to {T}
# Investigations
en.090.05	en	090	open|opened|launch|launched|begin|began|start|started investigation|probe|inquiry into|of|against {T}
en.090.06	en	090	open|opened|launch|launched investigation|probe|inquiry into crimes|abuses|violations in {T}
en.090.07	en	090	arrive|arrived in {T} to assess|investigate|inspect|examine|verify|monitor|evaluate
en.090.08	en	090	send|sent|dispatch experts|inspectors|observers|monitors|investigators|team|mission to investigate|assess|inspect|monitor|observe {T*}
en.090.09	en	090	inspectors|investigators|experts arrive|arrived in {T}	noun
# Demands in writing
en.100.06	en	100	sign|signed|send|sent|deliver|delivered note|letter|declaration|statement|petition demanding|demand +that {T}
en.100.07	en	100	note|letter|declaration|statement demanding +that {T}	noun
# Accusations and responsibility
en.112.07	en	112	hold|held {T} responsible|accountable
# Threats
en.138.03	en	138	threaten|threatened|warn|warned military intervention|action|force in|against {T}
en.138.04	en	138	threaten|threatened to use force against|in {T}
en.139.03	en	139	give|gave {T} week|weeks|days|hours|deadline|month
# Protest and strikes (root 14, not fighting)
en.141.07	en	141	protest|protested|demonstrate|demonstrated|rally|rallied outside|at|near {T}
en.143.04	en	143	nationwide|general|national|labour|labor|workers|teachers|doctors|transport|hour strike	self,noun
en.143.05	en	143	stage|staged|hold|held|launch|launched|begin|began|call|called strike|strikes|walkout	self
en.143.06	en	143	strike|strikes over|against pay|wages|prices|taxes|cost|pensions|salaries	self,noun
# Military posture
en.152.03	en	152	put|placed|place troops|forces|units|army|military|jets|ships on standby	self
en.154.09	en	154	send|sent|dispatch|dispatched|deploy|deployed warships|ships|carrier|carriers|vessels|submarines|jets|aircraft|troops|forces|reinforcements|soldiers	notarget
en.154.10	en	154	send|sent|dispatch|dispatched warships|ships|vessels|submarines|jets|aircraft|reinforcements to {T}
en.154.11	en	154	reinforce|reinforced|bolster|bolstered|boost|boosted|strengthen|strengthened|increase|increased|expand|expanded military presence border with {T}
en.154.12	en	154	mobilise|mobilize|mobilised|mobilized|mass|massed|deploy|deployed|send|sent|station|stationed troops|forces|soldiers|tanks border with {T}
en.154.13	en	154	military presence border with {T}	noun
# Joint exercises
en.062.05	en	062	hold|held|conduct|conducted|stage|staged joint|combined exercises|drills|manoeuvres|maneuvers|patrols	mutual
en.062.06	en	062	hold|held|conduct|conducted|stage|staged joint|combined exercises|drills|manoeuvres|maneuvers|patrols with {T}
# Seizures, warrants, expulsions
en.173.11	en	173	issue|issued arrest warrant|warrants for|against {T}
en.173.12	en	173	arrest warrant|warrants for|against {T}	noun
# Violence
en.1831.02	en	1831	blow|blew himself|herself|themselves up	self
en.203.02	en	203	carry|carried out|commit|committed ethnic cleansing against|of|on|in {T}
en.202.05	en	202	carry|carried out|commit|committed genocide|massacre|massacres against|of|on|in {T}
en.203.03	en	203	ethnic cleansing against|of|in {T}	noun
en.202.06	en	202	genocide|massacre|massacres against|of|in {T}	noun
en.2041.03	en	2041	use|used chlorine|sarin|gas|toxic	self
en.2041.04	en	2041	use|used chlorine|sarin|gas|toxic against|on|in {T}
en.190.30	en	190	clash|clashed	mutual
en.163.10	en	163	impose|imposed|slap|slapped|announce|announced|order|ordered tariff|tariffs|duties|levies|restrictions on|against {T}
en.163.11	en	163	tariff|tariffs|duties|levies|restrictions on|against {T}	noun
en.163.12	en	163	visa restrictions|bans on|against {T}	noun
en.161.06	en	161	break|broke off ties|relations with {T}
en.161.07	en	161	break|broke off diplomatic ties|relations with {T}
en.020.14	en	020	apply|applied to join {T}
en.020.15	en	020	apply|applied for membership of|in {T}
en.036.09	en	036	ready|willing|prepared to resume|hold|start|open talks|negotiations|dialogue with {T}	noun
en.160.09	en	160	suspend|suspended {T}
en.152.04	en	152	put|placed|place troops|soldiers|forces on alert|standby	self
en.143.07	en	143	go|went|gone|going on strike|strikes	self
en.143.08	en	143	go|went|gone|going on strike|strikes against|over {T}
en.2041.05	en	2041	use|used chemical weapons	self
en.190.31	en	190	fire|fired|launch|launched missile|missiles|rocket|rockets|drone|drones|projectile at|on|towards ship|ships|vessel|vessels|tanker|tankers	notarget
en.190.32	en	190	attack|attacked|strike|struck|hit|target|targeted ship|ships|vessel|vessels|tanker|tankers	notarget
en.100.08	en	100	order|ordered {T} to
en.166.04	en	166	order|ordered|tell|told {T} to leave|quit
en.154.14	en	154	reinforce|reinforced|bolster|bolstered|strengthen|strengthened troops|forces|presence|deployment|defences|defenses border with {T}
en.090.10	en	090	send|sent|dispatch|dispatched inspectors|experts|investigators|monitors|team|mission to {T} to assess|investigate|inspect|examine|verify|monitor
en.110.03	en	110	clash|clashed over|on	mutual
en.0874.06	en	0874	withdraw|withdrew|pull|pulled force|mission|contingent|peacekeepers|troops|forces from {T}
en.020.16	en	020	appeal|appealed|call|called|urge|urged to|on donors|countries|governments	notarget
en.050.09	en	050	agree|agreed to reopen|restore|resume embassies|relations|ties	mutual
en.062.07	en	062	begin|began|launch|launched|start|started joint|combined exercises|drills|manoeuvres|maneuvers	mutual
en.062.08	en	062	begin|began|launch|launched|start|started joint|combined exercises|drills|manoeuvres|maneuvers with {T}
en.129.04	en	129	block|blocked {T} aid|package|funding|loan|loans|accession
en.1823.03	en	1823	execute|executed {T}
en.1823.04	en	1823	execution|executions of {T}	noun
en.182.02	en	182	wound|wounded|injure|injured {T}
en.057.09	en	057	ratify|ratified agreement|treaty|accord|deal with {T}
en.056.02	en	056	pardon|pardoned {T}
en.138.05	en	138	vow|vowed|threaten|threatened|warn|warned to retaliate|respond against {T}
en.190.33	en	190	retaliate|retaliated against {T}
en.071.08	en	071	approve|approved|disburse|disbursed|release|released disbursement|tranche|payment|funds|financing to|for {T}
en.154.15	en	154	order|ordered|approve|approved activation|deployment|mobilisation|mobilization force|forces|troops {T*}
en.036.10	en	036	ready|willing|prepared to host talks|negotiations between {T}	noun

# --- 0.3.0: news-language sweep (noun-headed forms, participles, mutual actions)
en.020.17	en	020	ask|asked {T} for
en.0256.07	en	0256	call|called for ceasefire|truce in {T}
en.0256.08	en	0256	call|called for immediate ceasefire|truce in {T}
en.1056.04	en	1056	demand|demanded ceasefire|truce in {T}
en.1056.05	en	1056	demand|demanded immediate ceasefire|truce in {T}
en.036.11	en	036	plan|plans|planned|intend|intends|intended|expect|expected to visit|meet {T}
en.040.17	en	040	meeting|meetings|summit|talks between {S}	mutual,noun
en.041.08	en	041	hold|held phone|telephone call|conversation	mutual
en.041.09	en	041	phone|telephone call|conversation between {S}	mutual,noun
en.050.10	en	050	normalisation|normalization of relations|ties with {T}	noun
en.050.11	en	050	rapprochement with {T}	noun
en.050.12	en	050	reopen|reopened embassy in {T}
en.051.17	en	051	backing for {T}	noun
en.057.10	en	057	accord|treaty|pact|deals|agreements with {T}	noun
en.057.11	en	057	deal|accord|treaty|pact between {S}	mutual,noun
en.072.07	en	072	arms|weapons sale|sales|deliveries|shipments|exports to {T}	noun
en.072.08	en	072	sell|sold weapons|arms|jets|missiles|tanks|drones to {T}
en.0841.06	en	0841	swap|swapped|exchange|exchanged prisoners|detainees|captives|bodies|hostages	mutual,both
en.0841.07	en	0841	prisoner|prisoners swap|exchange between {S}	mutual,noun,both
en.0874.08	en	0874	withdrawal of troops|forces from {T}	noun
en.085.04	en	085	lifting|easing of sanctions on|against {T}	noun
en.110.04	en	110	express|expressed|voice|voiced opposition|objection to {T}
en.111.14	en	111	blast|blasted {T}
en.111.15	en	111	hit|hits out at {T}
en.111.16	en	111	lash|lashed out at {T}
en.138.06	en	138	vow|vowed|promise|promised|pledge|pledged revenge|retaliation|retribution|response against|on|to|for {T}
en.1312.03	en	1312	threaten|threatened to impose|slap tariffs|duties|levies on|against {T}
en.1312.04	en	1312	threaten|threatened tariffs|duties|levies on|against {T}
en.154.16	en	154	deploy|deployed|station|stationed brigade|battalion|battalions|troops|forces|soldiers|jets|missiles|weapons in|to {T}
en.161.08	en	161	recall|recalled ambassador|envoy to|in {T}
en.163.13	en	163	sanctions targeting {T}	noun
en.181.05	en	181	abduction of {T}	noun
en.190.34	en	190	exchange|exchanged fire|gunfire|strikes	mutual
en.190.35	en	190	exchange|exchanged fire|gunfire with {T}
en.190.37	en	190	military operation|operations|campaign|offensive against|in|on {T}	noun
en.194.07	en	194	bombardment of|on {T}	noun
en.195.10	en	195	airstrike|airstrikes|air strike|air strikes in|across|near {T}	noun
en.1053.02	en	1053	demand|demanded release of {T}
en.0253.03	en	0253	call|called +for release of {T}
en.033.05	en	033	pledge|pledged|promise|promised +to {T}
en.045.04	en	045	broker|brokered truce|ceasefire|deal|agreement|accord between {T}
en.190.38	en	190	recapture|recaptured|retake|retook {T}
en.015.03	en	015	claim|claimed attack|attacks|bombing|bombings|strike|assault	notarget
en.191.06	en	191	block|blocked|halt|halted|stop|stopped entry of aid|supplies into|to {T}
en.191.07	en	191	block|blocked aid|supplies|deliveries|shipments into|to {T}
en.191.08	en	191	cut|cutting off electricity|water|fuel|power|supplies to {T}
en.190.39	en	190	trade|traded strikes|fire|blows|attacks	mutual
en.190.40	en	190	war on|against {T}	noun
en.116.04	en	116	sentence|sentenced {T} to prison|death|years
en.191.09	en	191	halt|halted|stop|stopped aid|supplies|deliveries into {T}
en.1622.02	en	1622	halt|halted|stop|stopped|pause|paused|suspend|suspended weapons|arms shipments|deliveries|sales to {T}
en.1622.03	en	1622	suspend|suspended arms|weapons export|exports licences|licenses to {T}
en.190.41	en	190	assault|offensive near|on|against|towards {T}	noun
en.1823.05	en	1823	shoot|shot +dead {T}
en.040.18	en	040	{S} talks|negotiations|summit	mutual,noun
en.0871.05	en	0871	{S} ceasefire|truce	mutual,noun
en.111.17	en	111	hit|hits back at {T}
en.138.07	en	138	vow|vowed|pledge|pledged|threaten|threatened to crush|destroy|eliminate|wipe out {T}

# --- 0.4.0: generalisation pass (phrasings from wire copy; see the changelog in pkg/coder/README.md)
en.013.02	en	013	express|voice optimism|hope that|about|over {T}
en.017.02	en	017	lay|laid wreath at|in {T}
en.024.01	en	024	call +on|upon {T} to reform
en.024.02	en	024	urge {T} to implement|undertake|enact reforms|reform
en.025.01	en	025	call +on|upon {T} to surrender|withdraw|retreat|resign
en.025.02	en	025	urge {T} to surrender|withdraw|retreat|resign
en.034.01	en	034	pledge|promise|vow|announce reforms|reform	self
en.035.01	en	035	offer|pledge|promise|agree to make concessions to {T}
en.039.04	en	039	ready|willing|offer|offered to host talks|negotiations|meeting between {T}
en.043.04	en	043	host|hosted talks|negotiations|meeting|summit|conference between {T}
en.044.02	en	044	meet|met on sidelines of summit|meeting|conference	mutual
en.060.02	en	060	launch|launched joint project|projects|venture with {T}
en.063.03	en	063	cooperate|cooperation with {T} on investigation|extradition|case
en.083.01	en	083	accept|accepted|accede|acceded to {T} demands|demand
en.0832.01	en	0832	agree to change policy after|following pressure from {T}
en.0861.02	en	0861	allow|accept|welcome deployment of peacekeepers	self
en.0873.02	en	0873	demobilise|demobilize|disarm fighters|combatants|forces	self
en.091.01	en	091	investigate {T} for corruption|fraud|bribery
en.091.02	en	091	corruption investigation|probe|inquiry into|against {T}	noun
en.093.01	en	093	investigation|inquiry|probe into attack|attacks|killing|killings|strike|strikes|bombing|shelling|massacre|raid|deaths|death on|in|of|at {T}	noun
en.101.01	en	101	demand {T} provide|supply|deliver|hand
en.103.01	en	103	demand aid|assistance|compensation|reparations from {T}
en.104.01	en	104	demand {T} reform|reforms
en.105.01	en	105	demand {T} withdraw|surrender|step|retreat|leave|release
en.105.02	en	105	demand withdrawal of {T} forces|troops	noun
en.123.01	en	123	reject|rejected calls|demands for reform|reforms from|by {T}
en.124.01	en	124	refuse|refused to withdraw|surrender|retreat|resign	self
en.124.02	en	124	refuse|refused to release|free|extradite {T}
en.127.03	en	127	reject|rejected|dismiss|dismissed proposal|offer|plan|initiative|demands +by {T}
en.127.04	en	127	reject|rejected|dismiss|dismissed proposal|offer|plan|initiative put|made|presented|submitted|offered by {T}
en.131.01	en	131	threaten|threatened to cut|halt|suspend aid|funding|trade|cooperation|ties to|with {T}
en.132.01	en	132	threaten|threatened to expel|suspend {T}
en.1321.01	en	1321	threaten|threatened to ban {T}
en.1383.01	en	1383	threaten|threatened to use chemical|biological weapons against {T}
en.140.01	en	140	political dissent	self,noun
en.1411.01	en	1411	protest|protested|demonstrate|demonstrated|rally|rallied demanding|to demand resignation|ouster|removal of {T}
en.1412.01	en	1412	protest|protested|demonstrate|demonstrated|rally|rallied against tax|taxes|law|bill|reform|reforms|prices|policy|decision	self
en.1413.01	en	1413	protest|protested|demonstrate|demonstrated|rally|rallied for rights|freedom|freedoms	self
en.1414.01	en	1414	protest|protested|demonstrate|demonstrated|rally|rallied against regime|junta|coup	self
en.142.02	en	142	go|went|been +on hunger strike	self
en.142.03	en	142	hunger strike in|inside|at {T}	noun
en.1433.01	en	1433	go|went +on strike for|over rights|pay|wages|salaries|conditions	self
en.143.09	en	143	go|went +on strike	self
en.144.03	en	144	block|blocked road|roads|highway|highways|port|ports	self
en.144.04	en	144	blockade|blockaded road|roads|highway|port	self
en.145.06	en	145	riot|rioted	self
en.150.05	en	150	drills|exercises|manoeuvres|maneuvers|wargames around|near|off {T}	noun
en.151.01	en	151	police on alert	self,noun
en.151.02	en	151	increase|increased|step|stepped up security	self
en.155.02	en	155	cyber command|units deploy|deployed	self,noun
en.161.09	en	161	cut|cuts|sever|severed|break|broke diplomatic ties|relations with {T}
en.161.10	en	161	suspend|suspended diplomatic ties|relations with {T}
en.165.01	en	165	halt|halted|suspend|suspended mediation between {T}
en.165.02	en	165	pull|pulled out of mediation	notarget
en.170.01	en	170	coerce|pressure|pressured {T} into
en.1711.02	en	1711	confiscate|confiscated|seize|seized land|property|assets of|from|belonging {T}
en.172.05	en	172	ban|banned {T} from operating|working
en.1821.01	en	1821	sexually assault|abuse {T}
en.1821.02	en	1821	sexual violence against {T}	noun
en.1834.01	en	1834	bomb|bombed market|mosque|church|school|hospital in {T}
en.184.01	en	184	use|used {T} as human shields
en.184.02	en	184	human shields	notarget,noun
en.190.43	en	190	launch|launched|fire|fired drone|ballistic|cruise|hypersonic at|on|towards|into|against {T}
en.190.44	en	190	drone|drones struck|hit|targeted {T}	noun
en.192.06	en	192	capture|captured|seize|seized|overrun|overran|took|take|retake|retook town|city|village|villages|towns|capital|district|province|region|airport|base|positions of {T}
en.192.07	en	192	seize|seized|take|took|gain|gained|tighten|tightened control of|over {T}
en.192.08	en	192	capture of {T}	noun
en.1951.01	en	1951	precision strike|strikes on|against {T}	noun
en.1951.02	en	1951	guided munitions|bombs on|against {T}	noun
en.200.02	en	200	mass killing|killings of {T}	noun
en.204.01	en	204	use|used weapons of mass destruction against {T}
en.072.09	en	072	send|sent|deliver|delivered|supply|supplied air defence|defense systems|missiles|tanks|jets|weapons|ammunition to {T}
en.1823.06	en	1823	die|died in|during|after	victim
en.1823.07	en	1823	lose|lost lives|life in|during	victim
en.040.19	en	040	discuss|discussed bilateral relations|ties|cooperation with {T}
en.040.20	en	040	discuss|discussed ways|means to strengthen|boost|enhance|develop|expand relations|ties|cooperation with {T}
en.051.18	en	051	welcome|welcomed {T} decision|move|announcement|step|initiative|efforts|proposal|statement|agreement|call
en.154.17	en	154	deploy|deployed|station|stationed nuclear|tactical weapons|missiles in|to {T}
en.163.14	en	163	package of sanctions against|on {T}	noun
en.163.15	en	163	sanctions package against|on {T}	noun
en.111.18	en	111	condemn|condemned storming|raid|incursion|attack by {T}
en.042.07	en	042	travel|travelled|traveled|fly|flew|head|headed to {T}
en.1712.03	en	1712	demolish|demolished|raze|razed|bulldoze|bulldozed homes|houses|buildings in|of {T}
en.042.20	en	042	visit|trip by {S} to {T}	noun
en.111.20	en	111	condemn|condemned|denounce|denounced|criticise|criticised|criticize|criticized what +it|they called|described|termed {T}
en.0311.03	en	0311	pledge|pledged|vow|vowed|promise|promised to expand|boost|deepen|increase trade|commerce|economic|investment	mutual
en.0311.04	en	0311	pledge|pledged|vow|vowed|promise|promised to expand|boost|deepen|increase trade|commerce|economic|investment with {T}
en.040.21	en	040	hold|held round|rounds of talks|negotiations	mutual
en.040.22	en	040	hold|held round|rounds of talks|negotiations with {T}
en.172.06	en	172	bar|barred|ban|banned {T} from entering|visiting|travelling|traveling
en.1712.04	en	1712	torch|torched|burn|burned|burnt|loot|looted {T} homes|houses|cars|vehicles|fields|property|shops|mosque|church

# 0.4.1: recall on unseen news (reduce relations, releases, criticism, threats, agreements)
en.0874.09	en	0874	quit|quits|quitting {T}
en.0874.10	en	0874	exit|exits from {T}	noun
en.0874.11	en	0874	decision to leave {T}	noun
en.160.10	en	160	halt|halted|end|ended|freeze|froze|suspend|suspended all cooperation|contacts with {T}
en.160.11	en	160	suspend|suspended|freeze|froze membership|participation of {T}
en.160.12	en	160	suspend|suspended|freeze|froze|scrap|scrapped|cancel|cancelled|canceled deal|agreement|accord|treaty with {T}
en.166.05	en	166	declare|declared {T} persona +non +grata
en.166.06	en	166	give|gave {T} hours|days|weeks to leave|depart
en.166.07	en	166	order|ordered {T} ambassador|envoy|diplomats|diplomat|staff to leave|depart
en.163.16	en	163	sanction|sanctioned people|individuals|persons|entities|companies|firms|officials|members|networks linked|tied|connected to {T}
en.163.17	en	163	impose|imposed sanctions on|against people|individuals|persons|entities|companies|firms|officials|networks linked|tied|connected to {T}
en.163.18	en	163	sanctions on|against|targeting people|individuals|persons|entities|companies|firms|networks linked|tied|connected to {T}	noun
en.163.19	en	163	ban|banned|suspend|suspended|halt|halted flights to|from|with {T}
en.0841.08	en	0841	swap|swapped|exchange|exchanged prisoners|detainees|captives|bodies|hostages with {T}	both
en.0841.09	en	0841	hand|handed over pilot|prisoner|prisoners|soldier|soldiers|captives|detainees|hostages|bodies|remains to {T}
en.087.02	en	087	switch|switched|turn|turned off loudspeakers|speakers {T*}
en.087.03	en	087	halt|halted|stop|stopped|suspend|suspended|end|ended propaganda broadcasts|broadcasting {T*}
en.087.04	en	087	dismantle|dismantled|remove|removed loudspeakers|speakers {T*}
en.111.23	en	111	condemn|condemned|denounce|denounced|criticise|criticised|criticize|criticized coup|putsch|takeover in {T}
en.111.24	en	111	condemn|condemned|denounce|denounced|criticise|criticised|criticize|criticized|slam|slammed sanctions|tariffs|measures|restrictions|decision|move imposed|taken|announced by {T}
en.120.06	en	120	reject|rejected|dismiss|dismissed|denounce|denounced|brand|branded|call|called {T} warrant|warrants|ruling|verdict|decision|resolution|report as
en.120.07	en	120	reject|rejected|dismiss|dismissed|denounce|denounced|brand|branded|call|called {T} null|void|illegitimate|invalid|baseless
en.120.08	en	120	reject|rejected|refuse|refused to recognise|recognize jurisdiction of {T}
en.120.09	en	120	reject|rejected {T} jurisdiction
en.130.04	en	130	respond|retaliate|react firmly|forcefully|decisively|strongly|harshly|resolutely to|against {T}
en.130.06	en	130	respond|react|retaliate to|against any {T}
en.130.07	en	130	warn|warned of consequences|repercussions|retaliation|countermeasures for|against {T}
en.030.12	en	030	agree|agreed to coordinate|cooperate|upgrade|strengthen|deepen|expand|enhance|develop|boost|intensify|form|establish	mutual
