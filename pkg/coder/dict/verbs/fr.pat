# French action patterns (AFP/Reuters French wire style). Verbs as infinitives, nouns singular;
# accents folded on both sides. Irregular forms as =form alternatives. Ids fr.<cameo>.<nn>.
# Adjectives of nationality follow the noun in French (frappe aerienne israelienne sur ...): noun
# patterns have a variant with {S} right after the noun.
# 01 public statements
fr.010.01	fr	010	dire|=dit|=disent +a|au|aux {T}	say
fr.010.02	fr	010	declarer +a|au|aux {T}	say
fr.010.03	fr	010	informer|=d'informer {T}
fr.010.04	fr	010	declaration adresser|=d'adresser a|au|aux {T}	noun
fr.012.01	fr	012	exprimer|faire|=d'exprimer part preoccupation|inquietude|=l'inquietude|=d'inquietude concernant|quant|sur|face {T}
fr.012.02	fr	012	=dit|=disent|=declare preoccupe|inquiet|inquiete|preoccupee|=l'inquiet|=d'inquiet|=l'inquiete|=d'inquiete par {T}
fr.012.03	fr	012	mettre|=met|=mis en +garde +contre	notarget
fr.013.01	fr	013	=dit|=disent optimiste|=l'optimiste|=d'optimiste	notarget
fr.015.01	fr	015	revendiquer attentat|attaque|attentats|attaques|responsabilite|tir|frappe|=l'attentat|=d'attentat|=l'attaque|=d'attaque|=l'attentats|=d'attentats|=l'attaques|=d'attaques	notarget
fr.015.02	fr	015	revendiquer	notarget
fr.016.01	fr	016	dementir|=dement|=dementent|=dementi|=dementi implication|responsabilite|participation|=l'implication|=d'implication	notarget
fr.016.02	fr	016	nier|=nie implication|responsabilite|participation|=l'implication|=d'implication	notarget
fr.010.05	fr	010	refuser|=refuse de commenter	notarget
fr.018.01	fr	018	presenter|adresser|exprimer|=d'adresser|=d'exprimer condoleance a|au|aux {T}
fr.018.02	fr	018	condoleance a|au|aux {T}	noun
fr.018.03	fr	018	exprimer|affirmer|=d'exprimer|=d'affirmer solidarite avec|envers|=l'avec|=d'avec|=l'envers|=d'envers {T}
fr.018.04	fr	018	solidarite avec|envers|=l'avec|=d'avec|=l'envers|=d'envers {T}	noun
fr.019.01	fr	019	partager position|vue|inquietude|preoccupation|=l'inquietude|=d'inquietude de {T}
# 02 appeals
fr.020.01	fr	020	appeler|=appel|=d'appeler {T} a|au|aux
fr.020.02	fr	020	exhorter|=d'exhorter {T}
fr.020.03	fr	020	inviter|=d'inviter {T} a|au|aux
fr.020.04	fr	020	presser {T} de
fr.020.05	fr	020	enjoindre|=d'enjoindre {T}
fr.020.06	fr	020	appel|=l'appel|=d'appel a|au|aux {T}	noun
fr.020.07	fr	020	demander|=demande +a|au|aux {T} de
fr.020.08	fr	020	plaider aupres|=l'aupres|=d'aupres de {T}
fr.020.09	fr	020	appeler|=appel|=appelle|=appelait|=appelant|=d'appeler a|au|aux	notarget
fr.020.10	fr	020	appeler|=appel|=appelle|=appelant|=d'appeler +a|au|aux {T}
fr.0256.01	fr	0256	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux cessez
fr.0256.02	fr	0256	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux treve
fr.0256.03	fr	0256	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux retenue
fr.0256.04	fr	0256	appeler|exhorter|demander|=d'appeler|=d'exhorter {T} a|au|aux|de retirer troupe|force|soldat
fr.0256.05	fr	0256	appeler|=appel|=appelle|=appelait|=appelant|=d'appeler a|au|aux cessez en|a|au|dans {T}
fr.0253.01	fr	0253	appeler|exhorter|demander|=d'appeler|=d'exhorter {T} a|au|aux|de liberer|relacher
fr.0253.02	fr	0253	appeler|=appel|=appelle|=appelant|=d'appeler a|au|aux liberation de {T}
fr.0254.01	fr	0254	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux|de lever sanction
fr.0241.01	fr	0241	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux|de demissionner
fr.0243.01	fr	0243	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux|de respecter droit de +homme|=l'homme|=d'homme
fr.0243.02	fr	0243	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux|de respecter droits
fr.0244.01	fr	0244	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux|de organiser|=d'organiser election|=l'election|=d'election
fr.026.01	fr	026	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux|de reprendre negociation|pourparler|dialogue|=pourparlers
fr.027.01	fr	027	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux|de regler|resoudre conflit|differend|crise
fr.0233.01	fr	0233	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux|de fournir|envoyer|=d'envoyer aide|=l'aide|=d'aide humanitaire|=humanitaires|=d'humanitaire
fr.0232.01	fr	0232	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux|de livrer|fournir|envoyer|=d'envoyer arme|missile|char|munition|avion|=l'arme|=d'arme|=l'avion|=d'avion
fr.0231.01	fr	0231	appeler|exhorter|=d'appeler|=d'exhorter {T} a|au|aux|de fournir aide|=l'aide|=d'aide financiere|economique|=financieres|=l'economique|=d'economique
fr.023.01	fr	023	solliciter|demander aide|assistance|soutien|=l'aide|=d'aide|=l'assistance|=d'assistance de {T}
fr.0231.02	fr	0231	solliciter|demander pret|financement de|du|aupres|=l'aupres|=d'aupres {T}
fr.0232.02	fr	0232	reclamer|demander|solliciter arme|armes|munition|missile|char|avion|=l'arme|=d'arme|=l'armes|=d'armes|=l'avion|=d'avion a|au|aux {T}
fr.0234.01	fr	0234	demander|reclamer|solliciter deploiement casque +bleu	notarget
fr.021.01	fr	021	rechercher|solliciter cooperation de|avec|=l'avec|=d'avec {T}
fr.022.01	fr	022	solliciter soutien de {T}
# 03 intent to cooperate
fr.030.01	fr	030	promettre|=promet|=promis|=promettent|=promise de cooperer avec|=l'avec|=d'avec {T}
fr.030.02	fr	030	=dit|=disent|=declare|=montre pret|prete|disposee|dispose a|au cooperer avec|=l'avec|=d'avec {T}
fr.030.03	fr	030	=dit|=disent|=declare|=montre pret|prete|disposee|dispose a|au aider|soutenir|=soutenir|travailler|=d'aider {T}
fr.030.04	fr	030	s'engager|engager|=d'engager a|au renforcer|approfondir|developper|=d'approfondir cooperation|relation|lien|partenariat avec|=l'avec|=d'avec {T}
fr.030.05	fr	030	convenir|=convenu|=convenu|=conviennent|=convient de renforcer|approfondir|developper|intensifier|=d'approfondir|=d'intensifier cooperation|relation|lien|partenariat	mutual
fr.030.06	fr	030	promettre|=promet|=promis|=promettent soutien a|au|aux {T}
fr.030.07	fr	030	assurer|=d'assurer {T} de son|leur soutien
fr.031.01	fr	031	proposer {T} aide|assistance|=l'aide|=d'aide|=l'assistance|=d'assistance
fr.0311.01	fr	0311	s'engager|engager|convenir|=convenu|=d'engager a|au|de developper|renforcer|accroitre|=d'accroitre echange|commerce|commerciaux|=l'echange|=d'echange	mutual
fr.0312.01	fr	0312	s'engager|engager|convenir|=convenu|=d'engager a|au|de renforcer|developper|approfondir|=d'approfondir cooperation militaire|defense|=militaires	mutual
fr.033.01	fr	033	promettre|=promet|=promis|=promettent aide|assistance|=l'aide|=d'aide|=l'assistance|=d'assistance a|au|aux {T}
fr.033.02	fr	033	promettre|=promet|=promis enveloppe|soutien|financement|=l'enveloppe|=d'enveloppe a|au|aux|pour {T}
fr.0331.01	fr	0331	promettre|=promis pret|financement|milliard|million a|au|aux|pour {T}
fr.0332.01	fr	0332	promettre|=promis|=promet|s'engager|engager|=d'engager livrer|fournir|envoyer|=d'envoyer arme|armes|munition|char|missile|avion|=l'arme|=d'arme|=l'armes|=d'armes|=l'avion|=d'avion a|au|aux {T}
fr.0332.02	fr	0332	promettre|=promis|=promet aide|=l'aide|=d'aide militaire|=militaires a|au|aux|pour {T}
fr.0333.01	fr	0333	promettre|=promis|=promet aide|=l'aide|=d'aide humanitaire|=humanitaires|=d'humanitaire a|au|aux|pour {T}
fr.0334.01	fr	0334	proposer|s'engager|engager|=d'engager envoyer|deployer|=d'envoyer casque +bleu	notarget
fr.0353.01	fr	0353	promettre|=promis|=promet|s'engager|engager|accepter|convenir|=convenu|=d'engager|=d'accepter liberer|relacher {T}
fr.0356.01	fr	0356	accepter|s'engager|engager|promettre|=promis|=d'accepter|=d'engager retirer troupe|force|soldat de|du {T}
fr.036.01	fr	036	proposer|offrir|=offert|=offre|=d'offrir de rencontrer|negocier avec|=l'avec|=d'avec {T}
fr.036.02	fr	036	accepter|convenir|=convenu|=d'accepter de|a rencontrer {T}
fr.036.03	fr	036	inviter|=d'inviter {T}
fr.036.04	fr	036	invitation|=l'invitation|=d'invitation a|au|aux {T}	noun
fr.036.05	fr	036	accepter|convenir|=convenu|s'engager|=d'accepter reprendre negociation|pourparler|discussion|dialogue|=pourparlers	mutual
fr.0356.02	fr	0356	accepter|convenir|=convenu|=d'accepter cessez	mutual
fr.037.01	fr	037	s'engager|engager|convenir|=convenu|accepter|=d'engager|=d'accepter regler|resoudre differend|conflit	mutual
fr.039.01	fr	039	proposer|offrir|=offert|=offre|=d'offrir mediation	notarget
fr.039.02	fr	039	proposer|offrir|=offert|=offre|=d'offrir servir de mediateur entre|=d'entre {T}
fr.039.03	fr	039	=dit|=disent|=declare pret|prete|dispose|disposee a|au jouer|accueillir|organiser|=d'accueillir|=d'organiser mediation|negociation|pourparler|discussion|sommet|=pourparlers
fr.039.04	fr	039	=dit|=disent|=declare pret|prete|dispose|disposee a|au accueillir|organiser|=d'accueillir|=d'organiser negociation|pourparler|discussion|=pourparlers entre|=d'entre {T}
fr.034.01	fr	034	promettre|=promis|=promet reforme	self
# 04 consult
fr.040.01	fr	040	s'entretenir|entretenir|=entretenu|=entretient|=entretiennent|=entretiendra|=entretenait|=entretenant|=d'entretenir avec|=l'avec|=d'avec {T}
fr.040.02	fr	040	entretien|=l'entretien|=d'entretien avec|=l'avec|=d'avec {T}	noun
fr.040.03	fr	040	rencontrer {T}
fr.040.04	fr	040	rencontre|=rencontres avec|=l'avec|=d'avec {T}	noun
fr.040.05	fr	040	=eu entretien|=l'entretien|=d'entretien avec|=l'avec|=d'avec {T}
fr.040.06	fr	040	tenir|=tenu|=tient|=tiennent pourparler|discussion|reunion|consultation|entretien|=pourparlers|=l'entretien|=d'entretien avec|=l'avec|=d'avec {T}
fr.040.07	fr	040	s'entretenir|=entretenu|=entretiennent	mutual
fr.040.08	fr	040	pourparler|discussion|negociation|=pourparlers avec|=l'avec|=d'avec {T}	noun
fr.040.09	fr	040	sommet avec|=l'avec|=d'avec {T}	noun
fr.040.10	fr	040	discuter avec|=l'avec|=d'avec {T}
fr.040.11	fr	040	consulter {T}
fr.040.12	fr	040	pourparler|entretien|rencontre|sommet|discussion|=pourparlers|=rencontres|=l'entretien|=d'entretien entre|=d'entre {S}	mutual,noun
fr.040.13	fr	040	reunir|=reuni|=reunis|=reunit	mutual
fr.040.14	fr	040	s'entretenir|entretenir|=entretenu|=entretient|=entretiennent|=entretiendra|=entretenait|=entretenant|=d'entretenir de|des|du relation|lien|cooperation bilateral avec|=l'avec|=d'avec {T}
fr.040.15	fr	040	reprendre negociation|pourparler|discussion|=pourparlers	mutual
fr.040.16	fr	040	reprendre negociation|pourparler|discussion|=pourparlers avec|=l'avec|=d'avec {T}
fr.041.01	fr	041	s'entretenir|entretenir|=entretenu|=entretient|=entretiennent|=entretiendra|=entretenait|=entretenant|=d'entretenir par telephone avec|=l'avec|=d'avec {T}
fr.041.02	fr	041	s'entretenir|entretenir|=entretenu|=entretient|=entretiennent|=entretiendra|=entretenait|=entretenant|=d'entretenir au telephone avec|=l'avec|=d'avec {T}
fr.041.03	fr	041	entretien|conversation|echange|appel|=l'entretien|=d'entretien|=l'echange|=d'echange|=l'appel|=d'appel telephonique avec|=l'avec|=d'avec {T}	noun
fr.041.04	fr	041	=eu entretien|conversation|echange|=l'entretien|=d'entretien|=l'echange|=d'echange telephonique avec|=l'avec|=d'avec {T}
fr.041.05	fr	041	telephoner|=telephone a|au|aux {T}
fr.041.06	fr	041	appel|entretien|conversation|=l'appel|=d'appel|=l'entretien|=d'entretien telephonique entre|=d'entre {S}	mutual,noun
fr.042.01	fr	042	=rendu|=rendue|=rend|=rendent|=rendra|=rendait a|au|aux|en {T}
fr.042.02	fr	042	visiter {T}
fr.042.03	fr	042	visite|voyage|deplacement|tournee en|a|au|aux {T}	noun
fr.042.04	fr	042	effectuer|=effectue|=d'effectuer visite|voyage|tournee en|a|au|aux {T}
fr.043.01	fr	043	recevoir|=recu|=recue|=recoit|=recoivent|=recevra|=recevront|=recevait|=recevant {T}
fr.043.02	fr	043	accueillir|=accueille|=accueillent|=accueilli|=accueillie|=accueillera|=accueillait|=d'accueillir {T}
fr.043.03	fr	043	accueillir|=accueille|=accueilli|=d'accueillir pourparler|negociation|sommet|conference|reunion|=pourparlers entre|=d'entre {T}
fr.044.01	fr	044	rencontrer {T} en|a +marge
fr.045.01	fr	045	servir|=sert de mediateur entre|=d'entre {T}
fr.045.02	fr	045	mediation entre|=d'entre {T}	noun
fr.045.03	fr	045	negocier|parrainer treve|cessez|accord|=l'accord|=d'accord entre|=d'entre {T}
fr.045.04	fr	045	sous +egide|=l'egide|=d'egide de {S}	noun,mutual
fr.046.01	fr	046	negocier avec|=l'avec|=d'avec {T}
fr.046.02	fr	046	negociation avec|=l'avec|=d'avec {T}	noun
fr.046.03	fr	046	negocier	mutual
# 05 diplomatic cooperation
fr.050.01	fr	050	retablir|normaliser|renouer|etablir|=d'etablir relation|lien avec|=l'avec|=d'avec {T}
fr.050.02	fr	050	retablir|normaliser|renouer|etablir|=d'etablir relation|lien diplomatique avec|=l'avec|=d'avec {T}
fr.050.03	fr	050	retablir|normaliser|renouer|etablir|=d'etablir relation|lien	mutual
fr.050.04	fr	050	cooperer avec|=l'avec|=d'avec {T}
fr.050.05	fr	050	cooperation avec|=l'avec|=d'avec {T}	noun
fr.050.06	fr	050	normalisation relation|lien avec|=l'avec|=d'avec {T}	noun
fr.050.07	fr	050	rapprochement avec|=l'avec|=d'avec {T}	noun
fr.050.08	fr	050	rouvrir|=rouvre|=rouvert ambassade|=l'ambassade|=d'ambassade a|au|en {T}
fr.050.09	fr	050	adherer|adhesion|=d'adherer|=l'adhesion|=d'adhesion a|au|aux {T}
fr.051.01	fr	051	saluer|=salue {T}
fr.051.02	fr	051	feliciter {T}
fr.051.03	fr	051	remercier|=remercie {T}
fr.051.04	fr	051	louer {T}
fr.051.05	fr	051	rendre|=rend|=rendu hommage|=l'hommage|=d'hommage a|au|aux {T}
fr.051.06	fr	051	soutenir|=soutient|=soutiennent|=soutenu|=soutenue|=soutiendra|=soutenait|=soutenant {T}
fr.051.07	fr	051	appuyer|=d'appuyer {T}
fr.051.08	fr	051	soutien a|au|aux {T}	noun
fr.051.09	fr	051	exprimer|reaffirmer|affirmer|=d'exprimer|=d'affirmer soutien a|au|aux {T}
fr.051.10	fr	051	apporter|=apporte|=d'apporter soutien a|au|aux {T}
fr.051.11	fr	051	feliciter|=felicite de|des|du {T}
fr.051.12	fr	051	saluer|=salue decision|initiative|effort|annonce|proposition|engagement|=l'initiative|=d'initiative|=l'effort|=d'effort|=l'annonce|=d'annonce|=l'engagement|=d'engagement de|du|des {T}
fr.051.13	fr	051	=tient|=tiennent|=tenir +aux cote de|du|des {T}
fr.052.01	fr	052	defendre|=defend position|decision|droit de|du|des {T}
fr.054.01	fr	054	reconnaitre|=reconnait|=reconnu|=reconnaissent|=reconnue {T}
fr.054.02	fr	054	reconnaissance de|du|des {T}	noun
fr.055.01	fr	055	presenter|=presente excuse|=l'excuse|=d'excuse a|au|aux {T}
fr.055.02	fr	055	s'excuser|excuser|=d'excuser aupres|=l'aupres|=d'aupres de|du|des {T}
fr.056.01	fr	056	gracier|=gracie {T}
fr.057.01	fr	057	signer accord|traite|pacte|memorandum|protocole|contrat|accords|=l'accord|=d'accord|=l'accords|=d'accords avec|=l'avec|=d'avec {T}
fr.057.02	fr	057	signer accord|traite|pacte|memorandum|protocole|accords|=l'accord|=d'accord|=l'accords|=d'accords	mutual
fr.057.03	fr	057	conclure|=conclu|=conclut accord|traite|pacte|=l'accord|=d'accord avec|=l'avec|=d'avec {T}
fr.057.04	fr	057	conclure|=conclu|=conclut accord|traite|pacte|=l'accord|=d'accord	mutual
fr.057.05	fr	057	parvenir|=parvenu|=parvient|=parviennent|=parviendra|=parvenus a|au accord|=l'accord|=d'accord avec|=l'avec|=d'avec {T}
fr.057.06	fr	057	parvenir|=parvenu|=parvient|=parviennent|=parviendra|=parvenus a|au accord|=l'accord|=d'accord	mutual
fr.057.07	fr	057	accord|=l'accord|=d'accord avec|=l'avec|=d'avec {T}	noun
fr.057.08	fr	057	accord|=l'accord|=d'accord entre|=d'entre {S}	mutual,noun
fr.057.09	fr	057	ratifier|=ratifie accord|traite|=l'accord|=d'accord avec|=l'avec|=d'avec {T}
fr.057.10	fr	057	sceller|=scelle accord|alliance|partenariat|=l'accord|=d'accord|=l'alliance|=d'alliance avec|=l'avec|=d'avec {T}
# 06 material cooperation
fr.061.01	fr	061	cooperation economique|=l'economique|=d'economique avec|=l'avec|=d'avec {T}	noun
fr.061.02	fr	061	accord|partenariat|=l'accord|=d'accord commercial|economique|=l'economique|=d'economique avec|=l'avec|=d'avec {T}	noun
fr.061.03	fr	061	investir|=investi|=d'investir milliard|million en|au|aux|dans {T}
fr.062.01	fr	062	exercice|manoeuvre|=manoeuvres|=l'exercice|=d'exercice militaire|=militaires conjoint|conjointe|commun|commune avec|=l'avec|=d'avec {T}	noun
fr.062.02	fr	062	exercice|manoeuvre|=manoeuvres|=l'exercice|=d'exercice naval|aerien|aerienne|militaire|=militaires|=l'aerien|=d'aerien|=l'aerienne|=d'aerienne conjoint|conjointe|commun|commune	mutual,noun
fr.062.03	fr	062	exercice|manoeuvre|=manoeuvres|=l'exercice|=d'exercice conjoint|conjointe|commun|commune entre|=d'entre {S}	mutual,noun
fr.062.04	fr	062	cooperation militaire|defense|=militaires avec|=l'avec|=d'avec {T}	noun
fr.062.05	fr	062	accord|cooperation|partenariat|=l'accord|=d'accord de|dans defense|securite|militaire|=militaires	mutual,noun
fr.063.01	fr	063	extrader|=d'extrader {T}
fr.063.02	fr	063	extradition|=l'extradition|=d'extradition de|du|des {T}	noun
fr.064.01	fr	064	partager|echanger|=d'echanger renseignement|information|=l'information|=d'information avec|=l'avec|=d'avec {T}
# 07 aid
fr.070.01	fr	070	fournir|=fourni|=fournit|=fournissent aide|assistance|soutien|=l'aide|=d'aide|=l'assistance|=d'assistance a|au|aux {T}
fr.070.02	fr	070	envoyer|=envoie|=envoye|=enverra|=enverront|=enverrait|apporter|accorder|octroyer|=d'envoyer|=d'apporter|=d'accorder|=d'octroyer aide|assistance|secours|=l'aide|=d'aide|=l'assistance|=d'assistance a|au|aux|en {T}
fr.070.03	fr	070	aide|=l'aide|=d'aide de +milliard|million a|au|aux|pour {T}	noun
fr.070.04	fr	070	aide|assistance|=l'aide|=d'aide|=l'assistance|=d'assistance a|au|aux {T}	noun
fr.070.05	fr	070	en +faveur de|du|des {T}	noun
fr.070.06	fr	070	venir|=vient|=venu|=viennent en +aide|=l'aide|=d'aide +a|au|aux {T}
fr.070.07	fr	070	aider|=d'aider {T}
fr.070.08	fr	070	livraison de|du|des	noun,notarget
fr.071.01	fr	071	pret|prets de milliard|million a|au|aux|pour {T}	noun
fr.071.02	fr	071	accorder|=accorde|octroyer|verser|=d'accorder|=d'octroyer pret|credit|tranche|financement|don a|au|aux|pour {T}
fr.071.03	fr	071	aide|=l'aide|=d'aide economique|financiere|budgetaire|=financieres|=budgetaires|=l'economique|=d'economique a|au|aux {T}	noun
fr.071.04	fr	071	plan|programme de sauvetage pour|de {T}	noun
fr.072.01	fr	072	livrer|fournir|=fourni|=fournit|envoyer|=envoie|=envoye|=enverra|=enverront|=enverrait|vendre|=vend|=vendu|=d'envoyer arme|armes|munition|char|missile|avion|chasseur|drone|systeme|=l'arme|=d'arme|=l'armes|=d'armes|=l'avion|=d'avion a|au|aux {T}
fr.072.02	fr	072	livraison|livraisons|vente|ventes de arme|armes|munition|char|missile|avion|chasseur|drone|systeme|=l'arme|=d'arme|=l'armes|=d'armes|=l'avion|=d'avion a|au|aux {T}	noun
fr.072.03	fr	072	livraison|livraisons|vente|ventes de char|missile|avion|chasseur|drone|systeme|munition|=l'avion|=d'avion a|au|aux {T}	noun
fr.072.04	fr	072	aide|assistance|=l'aide|=d'aide|=l'assistance|=d'assistance militaire|=militaires a|au|aux|pour {T}	noun
fr.072.05	fr	072	armer|=d'armer {T}
fr.073.01	fr	073	aide|=l'aide|=d'aide humanitaire|=humanitaires|=d'humanitaire a|au|aux|pour|en {T}	noun
fr.073.02	fr	073	envoyer|=envoie|=envoye|=enverra|=enverront|=enverrait|acheminer|livrer|fournir|larguer|=d'envoyer|=d'acheminer aide|vivre|secours|medicament|tonne|=l'aide|=d'aide humanitaire|=humanitaires|=d'humanitaire a|au|aux|en|dans|vers {T}
fr.073.03	fr	073	envoyer|=envoie|=envoye|=enverra|=enverront|=enverrait|depecher|=depeche|=d'envoyer avion|convoi|navire|bateau|canadair|bombardier|=navires|=canadairs|=bombardiers|=bombardiere|=bombardieres|=l'avion|=d'avion en|a|au|aux|vers {T}
fr.074.01	fr	074	deployer|envoyer|=envoie|=envoye|=enverra|=enverront|=enverrait|=d'envoyer casque|policier|gendarme|soldat|=policiers|=policiere|=policieres de +la +paix en|a|au|aux|dans {T}
fr.075.01	fr	075	accorder|octroyer|=d'accorder|=d'octroyer asile|=l'asile|=d'asile a|au|aux {T}
fr.075.02	fr	075	asile|=l'asile|=d'asile a|au|aux {T}	noun
# 08 yield
fr.080.01	fr	080	ceder a|au|aux {T}
fr.081.01	fr	081	assouplir|alleger|=d'assouplir|=d'alleger restriction contre|sur|visant {T}
fr.0812.01	fr	0812	lever interdiction|=l'interdiction|=d'interdiction visant|de|du|contre {T}
fr.0813.01	fr	0813	lever couvre	self
fr.0814.01	fr	0814	lever etat|=l'etat|=d'etat +urgence|=l'urgence|=d'urgence	self
fr.0814.02	fr	0814	lever|=leve|mettre|=mis fin loi martiale	self
fr.0831.01	fr	0831	demissionner|=demissionne	self
fr.0831.02	fr	0831	=quitte|quitter|=quitter ses +fonctions	self
fr.0841.01	fr	0841	liberer|=libere|relacher|=relache {T}
fr.0841.02	fr	0841	liberation de|du|des {T}	noun
fr.0841.03	fr	0841	remettre|=remis|=remet|=remettent {T} a|au|aux
fr.0841.04	fr	0841	echange|=l'echange|=d'echange prisonnier|prisonniers|detenu|otage|=prisonniere|=prisonnieres|=l'otage|=d'otage	mutual,both,noun
fr.0841.05	fr	0841	echanger|=d'echanger prisonnier|prisonniers|detenu|otage|corps|=prisonniere|=prisonnieres|=l'otage|=d'otage	mutual,both
fr.0841.06	fr	0841	echanger|=d'echanger prisonnier|prisonniers|detenu|otage|corps|=prisonniere|=prisonnieres|=l'otage|=d'otage avec|=l'avec|=d'avec {T}	both
fr.0841.07	fr	0841	echange|=l'echange|=d'echange de prisonnier|prisonniers|detenu|otage|=prisonniere|=prisonnieres|=l'otage|=d'otage avec|=l'avec|=d'avec {T}	noun,both
fr.0841.08	fr	0841	echange|=l'echange|=d'echange de prisonnier|prisonniers|detenu|otage|=prisonniere|=prisonnieres|=l'otage|=d'otage entre|=d'entre {S}	mutual,noun,both
fr.085.01	fr	085	lever|=leve|alleger|assouplir|=d'alleger|=d'assouplir sanction|embargo|=l'embargo|=d'embargo contre|visant|sur|a|au {T}
fr.085.02	fr	085	levee|allegement|=l'allegement|=d'allegement sanction|embargo|=l'embargo|=d'embargo contre|visant|sur|a|au {T}	noun
fr.085.03	fr	085	lever|=leve sanction	notarget
fr.0863.01	fr	0863	autoriser|laisser|=d'autoriser entrer|=d'entrer aide|acheminement|convoi|=l'aide|=d'aide|=l'acheminement|=d'acheminement a|au|en|dans|vers {T}
fr.0863.02	fr	0863	autoriser|=d'autoriser acces|=l'acces|=d'acces humanitaire|=humanitaires|=d'humanitaire	notarget
fr.0862.01	fr	0862	autoriser|accepter|admettre|=d'autoriser|=d'accepter|=d'admettre inspecteur|observateur|=l'inspecteur|=d'inspecteur|=l'observateur|=d'observateur	notarget
fr.087.01	fr	087	desescalade	notarget,noun
fr.0871.01	fr	0871	cessez avec|=l'avec|=d'avec {T}	noun
fr.0871.02	fr	0871	treve avec|=l'avec|=d'avec {T}	noun
fr.0871.03	fr	0871	conclure|=conclu|=conclut|convenir|=convenu|accepter|signer|=d'accepter treve|cessez	mutual
fr.0871.04	fr	0871	declarer|decreter|proclamer cessez|treve	notarget
fr.0871.05	fr	0871	cessez entre|=d'entre {S}	mutual,noun
fr.0871.06	fr	0871	treve entre|=d'entre {S}	mutual,noun
fr.0872.01	fr	0872	lever|=leve|alleger|=d'alleger blocus de|du|contre|impose|=l'impose|=d'impose {T}
fr.0873.01	fr	0873	desarmer|demobiliser combattant|milice|force	self
fr.0874.01	fr	0874	retirer troupe|force|soldat|contingent de|du|des {T}
fr.0874.02	fr	0874	retirer|=retire de|du|des {T}
fr.0874.03	fr	0874	retrait troupe|force|soldat|contingent de|du|des {T}	noun
fr.0874.04	fr	0874	retrait de|du|des {T}	noun
fr.0874.05	fr	0874	quitter|=quitte {T}
fr.0874.06	fr	0874	sortie de|du {T}	noun
fr.0874.07	fr	0874	capituler|rendre|=rendu devant|a|au|aux {T}
# 09 investigate
fr.090.01	fr	090	enqueter|=d'enqueter sur {T}
fr.090.02	fr	090	enquete|=l'enquete|=d'enquete sur|visant|contre {T}	noun
fr.090.03	fr	090	enquete|=l'enquete|=d'enquete sur crime|violation|exaction|=l'exaction|=d'exaction en|au|dans {T}	noun
fr.091.01	fr	091	enquete|=l'enquete|=d'enquete pour|sur corruption|fraude visant|contre {T}	noun
fr.093.01	fr	093	enquete|=l'enquete|=d'enquete sur attaque|frappe|bombardement|massacre|mort|meurtre|assassinat|=massacres|=meurtres|=l'attaque|=d'attaque|=l'assassinat|=d'assassinat a|au|en|dans|contre|de {T}	noun
fr.094.01	fr	094	enquete|=l'enquete|=d'enquete sur crime de guerre|=guerres commis par {T}	noun
fr.090.04	fr	090	envoyer|=envoie|=envoye|=enverra|=enverront|=enverrait|depecher|=depeche|=d'envoyer inspecteur|expert|enqueteur|mission|=l'inspecteur|=d'inspecteur|=l'expert|=d'expert|=l'enqueteur|=d'enqueteur en|a|au|aux {T}
# 10 demand
fr.100.01	fr	100	exiger|=exige|=d'exiger que {T}
fr.100.02	fr	100	exiger|=exige|=d'exiger de {T}
fr.100.03	fr	100	reclamer a|au|aux|de {T}
fr.100.04	fr	100	sommer {T}
fr.1053.01	fr	1053	exiger|=exige|reclamer|=d'exiger liberation de|du|des {T}
fr.1056.01	fr	1056	exiger|=exige|reclamer|=d'exiger retrait de|du|des {T}
fr.1056.02	fr	1056	exiger|=exige|reclamer|=d'exiger cessez en|a|au|dans {T}
fr.105.01	fr	105	demander|=demande|exiger|=exige|=d'exiger a|au|aux {T} de retirer|liberer|cesser|mettre
fr.1041.01	fr	1041	exiger|=exige|reclamer|=d'exiger demission de|du|des {T}
fr.103.01	fr	103	exiger|=exige|reclamer|=d'exiger reparation|indemnisation|compensation|=l'indemnisation|=d'indemnisation de|du|des|a|au|aux {T}
# 11 disapprove
fr.110.01	fr	110	s'opposer|opposer|=d'opposer a|au|aux {T}
fr.110.02	fr	110	opposition|=l'opposition|=d'opposition a|au|aux {T}	noun
fr.111.01	fr	111	condamner|fustiger {T}
fr.111.02	fr	111	critiquer {T}
fr.111.03	fr	111	denoncer|=denonce|=denoncent|=denonca|=denoncant {T}
fr.111.04	fr	111	deplorer {T}
fr.111.05	fr	111	s'en prendre|=pris|=prend +a|au|aux {T}
fr.111.06	fr	111	blamer {T}
fr.111.07	fr	111	stigmatiser {T}
fr.111.08	fr	111	epingler|=d'epingler {T}
fr.111.09	fr	111	tacler {T}
fr.111.10	fr	111	condamnation de|du|des {T}	noun
fr.111.11	fr	111	critique|critiques contre|envers|=l'envers|=d'envers {T}	noun
fr.111.12	fr	111	critique|critiques a +egard|=l'egard|=d'egard de|du|des {T}	noun
fr.111.13	fr	111	condamner|=condamne|denoncer|=denonce coup +etat|=l'etat|=d'etat a|au|en {T}
fr.111.14	fr	111	condamner|=condamne|denoncer|=denonce putsch a|au|en {T}
fr.111.15	fr	111	condamner|denoncer|=denonce|critiquer attaque|agression|frappe|incursion|raid|=l'attaque|=d'attaque|=l'agression|=d'agression|=l'incursion|=d'incursion de|du|des|par {T}
fr.112.01	fr	112	accuser|=d'accuser {T}
fr.112.02	fr	112	accusation|=l'accusation|=d'accusation contre|visant {T}	noun
fr.112.03	fr	112	imputer|=d'imputer a|au|aux {T}
fr.112.04	fr	112	tenir|=tient|=tiennent|=tenu {T} pour +responsable
fr.112.05	fr	112	rejeter|=rejette|=rejetait responsabilite sur {T}
fr.112.06	fr	112	s'accuser|accuser|=d'accuser mutuellement	mutual
fr.112.07	fr	112	rejeter|=rejettent responsabilite	mutual
fr.1121.01	fr	1121	accuser|=d'accuser {T} de corruption|fraude|terrorisme|trafic|financer
fr.1122.01	fr	1122	accuser|=d'accuser {T} de torture|violation|repression|=tortures
fr.1123.01	fr	1123	accuser|=d'accuser {T} de agression|attaque|attaquer|bombarder|frapper|provocation|avoir|=l'agression|=d'agression|=l'attaque|=d'attaque|=d'attaquer|=d'avoir
fr.1124.01	fr	1124	accuser|=d'accuser {T} de crime|genocide|massacre|nettoyage|=massacres
fr.1125.01	fr	1125	accuser|=d'accuser {T} de espionnage|ingerence|=l'espionnage|=d'espionnage|=l'ingerence|=d'ingerence
fr.1125.02	fr	1125	accuser|=d'accuser {T} de espionnage|ingerence|trahison|=l'espionnage|=d'espionnage|=l'ingerence|=d'ingerence
fr.114.01	fr	114	convoquer {T}
fr.114.02	fr	114	protester aupres|=l'aupres|=d'aupres de|du|des {T}
fr.114.03	fr	114	porter|=porte plainte contre {T}
fr.114.04	fr	114	plainte contre {T}	noun
fr.115.01	fr	115	poursuivre|=poursuit|=poursuivi en +justice {T}
fr.115.02	fr	115	saisir|=saisi justice|tribunal|cour contre {T}
fr.116.01	fr	116	condamner|=condamne {T} a|au|aux prison|mort|an|ans|peine|perpetuite
# 12 reject
fr.120.01	fr	120	rejeter|=rejette|=rejettent|=rejetait|=rejetant {T}
fr.120.02	fr	120	rejet de|du|des {T}	noun
fr.120.03	fr	120	refuser|=refuse {T}
fr.120.04	fr	120	balayer|=balaie {T}
fr.120.05	fr	120	repousser {T}
fr.120.06	fr	120	rejeter|=rejette|=rejettent proposition|plan|offre|demande|appel|accusation|initiative|=offres|=d'offre|=l'appel|=d'appel|=l'accusation|=d'accusation|=l'initiative|=d'initiative de|du|des|par|presente {T}
fr.120.07	fr	120	rejeter|=rejette|=rejettent|refuser|=refuse de reconnaitre competence|juridiction de|du|des {T}
fr.1243.01	fr	1243	refuser|=refuse de liberer|relacher|extrader|=d'extrader {T}
fr.1246.01	fr	1246	refuser|=refuse de retirer troupe|force|soldat	self
fr.124.01	fr	124	refuser|=refuse de demissionner|ceder	self
fr.125.01	fr	125	refuser|=refuse de negocier|discuter avec|=l'avec|=d'avec {T}
fr.125.02	fr	125	rejeter|=rejette|refuser|=refuse negociation|pourparler|dialogue|=pourparlers avec|=l'avec|=d'avec {T}
fr.127.01	fr	127	rejeter|=rejette|=rejettent|refuser|=refuse plan|proposition|accord|=l'accord|=d'accord de paix|cessez	notarget
fr.127.02	fr	127	rejeter|=rejette|=rejettent|refuser|=refuse plan|proposition|offre|initiative|=offres|=d'offre|=l'initiative|=d'initiative de paix|cessez|treve presenter|=presentee|formuler|=formulee|soumettre|=soumise|=faite|proposer|=proposee par {T}
fr.127.03	fr	127	rejeter|=rejette|=rejettent|refuser|=refuse plan|proposition|offre|initiative|=offres|=d'offre|=l'initiative|=d'initiative de paix|cessez|treve de|du|des {T}
fr.126.01	fr	126	rejeter|=rejette|refuser|=refuse mediation	notarget
fr.128.01	fr	128	violer|=viole espace|=l'espace|=d'espace +aerien|aerienne|souverainete|territoire|=territoires|=l'aerien|=d'aerien|=l'aerienne|=d'aerienne de|du|des {T}
fr.128.02	fr	128	violation de|du espace|=l'espace|=d'espace +aerien|aerienne|souverainete|territoire|=territoires|=l'aerien|=d'aerien|=l'aerienne|=d'aerienne de|du|des {T}	noun
fr.128.03	fr	128	defier {T}
fr.129.01	fr	129	opposer|mettre|=mis|=met|=d'opposer veto a|au {T}
fr.129.02	fr	129	veto de|du|des {S}	noun,notarget
fr.129.03	fr	129	bloquer aide|resolution|adhesion|financement|=l'aide|=d'aide|=l'adhesion|=d'adhesion a|au|aux|de|du|des {T}
# 13 threaten
fr.130.01	fr	130	menacer {T*}
fr.130.02	fr	130	avertir|=d'avertir {T}
fr.130.03	fr	130	menace|menaces contre|envers|visant|=l'envers|=d'envers {T}	noun
fr.130.04	fr	130	menace|menaces a +egard|=l'egard|=d'egard de|du|des {T}	noun
fr.130.05	fr	130	mettre|=met|=mis en +garde {T}
fr.131.01	fr	131	menacer de couper|suspendre|geler aide|cooperation|financement|relation|=l'aide|=d'aide a|au|aux|avec|=l'avec|=d'avec {T}
fr.1312.01	fr	1312	menacer de sanctions|sanction|represaille contre|a|au|aux|visant {T}
fr.1312.02	fr	1312	menacer de imposer|infliger|=d'imposer|=d'infliger sanction|droit|taxe|tarif a|au|aux|contre|sur {T}
fr.1313.01	fr	1313	menacer de rompre|couper relation|lien avec|=l'avec|=d'avec {T}
fr.132.01	fr	132	menacer de expulser|suspendre|exclure|=d'expulser|=d'exclure {T}
fr.132.02	fr	132	menacer de expulser|exclure|=d'expulser|=d'exclure {T}
fr.134.01	fr	134	menacer de suspendre|quitter|rompre negociation|pourparler|=pourparlers avec|=l'avec|=d'avec {T}
fr.138.01	fr	138	menacer de recourir|utiliser|user|=d'utiliser|=l'user|=d'user force contre {T}
fr.138.02	fr	138	menacer de riposter|repliquer|represaille	notarget
fr.138.03	fr	138	menacer {T} de riposte|represaille|frappe|attaque|guerre|=guerres|=l'attaque|=d'attaque
fr.138.04	fr	138	promettre|=promet|=promis|jurer|=jure de riposter|venger|repliquer	notarget
fr.138.05	fr	138	promettre|=promet|=promis|jurer|=jure riposte|vengeance|represaille contre|a|au|aux {T}
fr.138.06	fr	138	riposter|repliquer fermement|vigoureusement|severement contre|a|au|aux {T}
fr.138.07	fr	138	riposter|repliquer a|au toute|tout {T}
fr.138.08	fr	138	promettre|=promet|=promis|jurer|=jure|menacer de detruire|aneantir|ecraser|eliminer|rayer|=d'aneantir|=d'ecraser|=d'eliminer {T}
fr.1382.01	fr	1382	menacer de envahir|occuper|=d'envahir|=d'occuper {T}
fr.1384.01	fr	1384	menacer de frapper|bombarder|attaquer|=d'attaquer {T}
fr.1384.02	fr	1384	menacer de attaquer|=d'attaquer {T}
fr.1385.01	fr	1385	menacer de utiliser|=d'utiliser arme|=l'arme|=d'arme nucleaire|=nucleaires contre {T}
fr.1385.02	fr	1385	menacer de utiliser|user|=d'utiliser|=l'user|=d'user arme|=l'arme|=d'arme nucleaire|=nucleaires contre {T}
fr.1385.03	fr	1385	riposte|frappe|attaque|=l'attaque|=d'attaque nucleaire|=nucleaires contre|a|au|aux {T}	noun
fr.139.01	fr	139	ultimatum|=l'ultimatum|=d'ultimatum a|au|aux {T}	noun
fr.139.02	fr	139	adresser|=adresse|=d'adresser ultimatum|=l'ultimatum|=d'ultimatum a|au|aux {T}
# 14 protest
fr.141.01	fr	141	manifester|=manifeste|=manifestent|=manifestaient	self
fr.141.02	fr	141	manifester|=manifeste|=manifestent contre {T}
fr.141.03	fr	141	descendre|=descendu|=descendus|=descendent|=descendues dans +la +rue	self
fr.141.04	fr	141	defiler|=defile	self
fr.141.05	fr	141	rassembler|=rassemble|=rassembles contre	self
fr.141.06	fr	141	manifestation|rassemblement|marche|mobilisation contre {T}	noun
fr.141.07	fr	141	manifestation|rassemblement|marche|manifestations	self,noun
fr.141.08	fr	141	sit	self,noun
fr.141.09	fr	141	protester|=proteste|=protestent|=protestaient contre	self
fr.1411.01	fr	1411	manifester|=manifeste|=manifestent|defiler|=defile pour reclamer|exiger|=d'exiger demission|depart de|du|des {T}
fr.1412.01	fr	1412	manifester|=manifeste|=manifestent|defiler|=defile contre reforme|loi|projet|hausse|vie|prix|gouvernement|=l'hausse|=d'hausse	self
fr.142.01	fr	142	greve de +la +faim	self,noun
fr.143.01	fr	143	greve generale	self,noun
fr.143.02	fr	143	entamer|=entame|declencher|=declenche|=d'entamer greve	self
fr.143.03	fr	143	en +greve	self,noun
fr.143.04	fr	143	boycotter election|scrutin|vote|presidentielle|legislative|=l'election|=d'election	self
fr.144.01	fr	144	bloquer|=bloque|barrer route|routes|autoroute|port|acces|=l'autoroute|=d'autoroute|=l'acces|=d'acces	self
fr.145.01	fr	145	emeute|emeutes|=l'emeute|=d'emeute|=l'emeutes|=d'emeutes	self,noun
fr.145.02	fr	145	affronter|=affronte|=d'affronter police|forces +de +ordre|policier|=ordres|=policiers|=policiere|=policieres|=d'ordre	self
fr.145.03	fr	145	heurt|heurts|=l'heurt|=d'heurt|=l'heurts|=d'heurts avec|=l'avec|=d'avec +la police|policier|=policiers|=policiere|=policieres	self,noun
fr.145.04	fr	145	prendre|=pris|=prennent assaut|=l'assaut|=d'assaut ambassade|parlement|=l'ambassade|=d'ambassade de|du {T}
fr.145.05	fr	145	mettre|=mis|=met le +feu	self
fr.145.06	fr	145	saccager|=saccage|piller|=pille	self
# 15 force posture
fr.150.01	fr	150	demonstration de +force	self,noun
fr.152.01	fr	152	placer|mettre|=mis|=met force|troupe|armee|=l'armee|=d'armee en +etat|=l'etat|=d'etat +alerte|=l'alerte|=d'alerte	self
fr.152.02	fr	152	relever|renforcer niveau alerte|=l'alerte|=d'alerte	self
fr.152.03	fr	152	etat|=l'etat|=d'etat +alerte|=l'alerte|=d'alerte	self,noun
fr.154.01	fr	154	deployer|=deploye|=deploie troupe|force|soldat|char|navire|missile|avion|militaire|soldats|brigade|bataillon|=navires|=militaires|=l'avion|=d'avion a|au|aux|en|pres|long|vers {T}
fr.154.02	fr	154	deployer|=deploye|=deploie troupe|force|soldat|char|navire|missile|avion|militaire|soldats|brigade|bataillon|=navires|=militaires|=l'avion|=d'avion	self
fr.154.03	fr	154	masser|=masse troupe|force|soldat|char a|au|aux|pres|long|frontiere|=frontieres {T}
fr.154.04	fr	154	mobiliser|=mobilise reserviste|troupe|force|soldat|armee|=l'armee|=d'armee	self
fr.154.05	fr	154	mobilisation generale|partielle|militaire|=militaires	self,noun
fr.154.06	fr	154	envoyer|=envoie|=envoye|=enverra|=enverront|=enverrait|depecher|=depeche|=d'envoyer troupe|soldat|force|militaire|renfort|=militaires en|a|au|aux|vers {T}
fr.154.07	fr	154	renforcer presence militaire|=militaires en|a|au|aux|pres|long {T}
fr.154.08	fr	154	deploiement de troupe|force|soldat|militaire|=militaires a|au|aux|en|pres {T}	noun
fr.154.09	fr	154	deploiement troupe|force|soldat|militaire|=militaires a|au|aux|en|pres {T}	noun
# 16 reduce relations
fr.160.01	fr	160	suspendre|=suspend|=suspendu cooperation avec|=l'avec|=d'avec {T}
fr.160.02	fr	160	suspendre|=suspend|=suspendu cooperation militaire|securitaire|economique|=militaires|=securitaires|=l'economique|=d'economique avec|=l'avec|=d'avec {T}
fr.160.03	fr	160	geler|=gele relation|cooperation|lien avec|=l'avec|=d'avec {T}
fr.160.04	fr	160	degrader|reduire|=reduit relation|lien avec|=l'avec|=d'avec {T}
fr.160.05	fr	160	suspendre|=suspend|=suspendu {T} de|du|des
fr.160.06	fr	160	suspendre|=suspend|=suspendu participation|adhesion|=l'adhesion|=d'adhesion a|au|aux|de {T}
fr.160.07	fr	160	suspendre|=suspend|=suspendu|denoncer|=denonce accord|traite|contrat|=l'accord|=d'accord avec|=l'avec|=d'avec {T}
fr.161.01	fr	161	rompre|=rompt|=rompu|couper relation|lien avec|=l'avec|=d'avec {T}
fr.161.02	fr	161	rompre|=rompt|=rompu|couper relation|lien diplomatique avec|=l'avec|=d'avec {T}
fr.161.03	fr	161	rupture|=ruptures relation|lien avec|=l'avec|=d'avec {T}	noun
fr.161.04	fr	161	rupture|=ruptures relation|lien diplomatique avec|=l'avec|=d'avec {T}	noun
fr.161.05	fr	161	rappeler|=rappelle ambassadeur|=l'ambassadeur|=d'ambassadeur a|au|aux|en {T}
fr.161.06	fr	161	rappeler|=rappelle ambassadeur|=l'ambassadeur|=d'ambassadeur de|du|des {T}
fr.161.07	fr	161	fermer|=ferme ambassade|=l'ambassade|=d'ambassade a|au|en {T}
fr.162.01	fr	162	suspendre|=suspend|=suspendu|geler|=gele|couper aide|financement|assistance|=l'aide|=d'aide|=l'assistance|=d'assistance a|au|aux {T}
fr.1622.01	fr	1622	suspendre|=suspend|=suspendu|geler|=gele|arreter|=d'arreter livraison|livraisons|exportation|vente|ventes|=l'exportation|=d'exportation arme|armes|=l'arme|=d'arme|=l'armes|=d'armes a|au|aux {T}
fr.1622.02	fr	1622	suspendre|=suspend|=suspendu|geler|=gele|arreter|=d'arreter livraison|livraisons|exportation|vente|ventes|=l'exportation|=d'exportation de arme|armes|=l'arme|=d'arme|=l'armes|=d'armes a|au|aux {T}
fr.163.01	fr	163	imposer|=impose|infliger|=inflige|=d'imposer|=d'infliger sanction|embargo|droit|taxe|=l'embargo|=d'embargo a|au|aux|contre|visant {T}
fr.163.02	fr	163	sanctionner {T}
fr.163.03	fr	163	sanction contre|visant|a|au|aux {T}	noun
fr.163.04	fr	163	sanction a +encontre|=d'encontre de|du|des {T}	noun
fr.163.05	fr	163	embargo|=l'embargo|=d'embargo contre|sur|visant {T}	noun
fr.163.06	fr	163	paquet de sanction contre|visant {T}	noun
fr.163.07	fr	163	geler|=gele avoir|actif|=d'avoir|=l'actif|=d'actif de|du|des {T}
fr.163.08	fr	163	boycotter {T}
fr.163.09	fr	163	interdire|=interdit|suspendre|=suspendu|=d'interdire importation|exportation|vol|vols|=l'importation|=d'importation|=l'exportation|=d'exportation en +provenance de|du|des {T}
fr.163.10	fr	163	interdire|=interdit|suspendre|=suspendu|=d'interdire importation|exportation|vol|vols|=l'importation|=d'importation|=l'exportation|=d'exportation vers|de|du|des|a|au {T}
fr.164.01	fr	164	suspendre|=suspend|=suspendu|rompre|=rompu|=rompt negociation|pourparler|dialogue|=pourparlers avec|=l'avec|=d'avec {T}
fr.164.02	fr	164	quitter|=quitte table +des negociation	notarget
fr.166.01	fr	166	expulser|=d'expulser {T}
fr.166.02	fr	166	expulsion|=l'expulsion|=d'expulsion de|du|des {T}	noun
fr.166.03	fr	166	declarer {T} persona +non +grata
fr.166.04	fr	166	renvoyer|=renvoie|=renvoye ambassadeur|diplomate|=l'ambassadeur|=d'ambassadeur de|du|des {T}
# 17 coerce
fr.171.01	fr	171	saisir|=saisi|=saisit|=saisissent {T}
fr.171.02	fr	171	confisquer {T}
fr.171.03	fr	171	arraisonner|=arraisonne|=d'arraisonner {T}
fr.171.04	fr	171	saisie de|du|des {T}	noun
fr.1711.01	fr	1711	confisquer|saisir|=saisi terre|bien|actif|propriete|=terres|=l'actif|=d'actif de|du|des {T}
fr.1712.01	fr	1712	detruire|=detruit|demolir|=demoli|raser|=rase maison|habitation|batiment|village|=l'habitation|=d'habitation de|du|des {T}
fr.1712.02	fr	1712	incendier|=incendie|=d'incendier maison|habitation|voiture|vehicule|champ|mosquee|eglise|commerce|village|=voitures|=l'habitation|=d'habitation|=l'eglise|=d'eglise {T}
fr.1712.03	fr	1712	incendier|=incendie|=d'incendier maison|habitation|voiture|vehicule|champ|mosquee|eglise|commerce|village|=voitures|=l'habitation|=d'habitation|=l'eglise|=d'eglise	self
fr.1712.04	fr	1712	demolition maison|habitation|=l'habitation|=d'habitation de|du|des {T}	noun
fr.172.01	fr	172	interdire|=interdit|=d'interdire {T}
fr.172.02	fr	172	dissoudre|=dissous|=dissout|=dissoute parti|association|organisation|groupe|=l'association|=d'association|=l'organisation|=d'organisation {T}
fr.172.03	fr	172	interdire|=interdit|=d'interdire a|au|aux {T} de entrer|acceder|voyager|=d'entrer|=d'acceder
fr.1723.01	fr	1723	imposer|=impose|decreter|=decrete|instaurer|=d'imposer|=d'instaurer couvre	self
fr.1724.01	fr	1724	decreter|=decrete|proclamer|instaurer|declarer|imposer|=impose|=d'instaurer|=d'imposer etat|=l'etat|=d'etat +urgence|=l'urgence|=d'urgence	self
fr.1724.02	fr	1724	decreter|=decrete|proclamer|instaurer|declarer|imposer|=impose|=d'instaurer|=d'imposer loi martiale	self
fr.1724.03	fr	1724	prolonger|=prolonge etat|=l'etat|=d'etat +urgence|=l'urgence|=d'urgence	self
fr.1724.04	fr	1724	etat|=l'etat|=d'etat +urgence|=l'urgence|=d'urgence	self,noun
fr.173.01	fr	173	arreter|=arrete|=d'arreter {T}
fr.173.02	fr	173	arreter|=arrete|=d'arreter	self
fr.173.03	fr	173	interpeller|=interpelle|=d'interpeller {T}
fr.173.04	fr	173	interpeller|=interpelle|=d'interpeller	self
fr.173.05	fr	173	detenir|=detenu|=detenus|=detient|=detiennent|=detenait|=detenue|=detenues {T}
fr.173.06	fr	173	emprisonner|incarcerer|ecrouer|=d'emprisonner|=d'incarcerer|=d'ecrouer {T}
fr.173.07	fr	173	placer|=place|mettre|=mis {T} en +detention
fr.173.08	fr	173	inculper|mettre|=mis|=d'inculper en +examen|=l'examen|=d'examen {T}
fr.173.09	fr	173	arrestation|=l'arrestation|=d'arrestation de|du|des {T}	noun
fr.173.10	fr	173	detention de|du|des {T}	noun
fr.173.11	fr	173	coup +de +filet	self,noun
fr.173.12	fr	173	proceder|=procede a|au|aux arrestation|interpellation|=l'arrestation|=d'arrestation|=l'interpellation|=d'interpellation	self
fr.174.01	fr	174	expulser|renvoyer|=renvoie|reconduire|=reconduit|=d'expulser migrant|refugie|demandeur vers|en|a|au {T}
fr.174.02	fr	174	expulser|renvoyer|=renvoie|reconduire|=reconduit|=d'expulser {T} vers
fr.175.01	fr	175	reprimer {T}
fr.175.02	fr	175	repression contre|de|du|des {T}	noun
fr.175.03	fr	175	disperser|=disperse {T}
fr.175.04	fr	175	tirer|=tire gaz lacrymogene	self
fr.175.05	fr	175	tirer|=tire gaz lacrymogene sur|contre {T}
fr.175.06	fr	175	usage|=l'usage|=d'usage de gaz lacrymogene|canon	self,noun
fr.175.07	fr	175	=canon +a +eau	self,noun
fr.176.01	fr	176	pirater|=pirate {T}
fr.176.02	fr	176	cyberattaque contre|visant {T}	noun
# 18 assault
fr.180.01	fr	180	attentat|=l'attentat|=d'attentat contre|visant {T}	noun
fr.180.02	fr	180	attentat|=l'attentat|=d'attentat terroriste	notarget,noun
fr.181.01	fr	181	enlever|=enleve|kidnapper|=kidnappe|=kidnappes|=enleves|=d'enlever {T}
fr.181.02	fr	181	prendre|=pris|=prend en +otage|=l'otage|=d'otage {T}
fr.181.03	fr	181	enlevement|=l'enlevement|=d'enlevement de|du|des {T}	noun
fr.181.04	fr	181	detourner|=detourne avion|navire|bateau|vol|=navires|=l'avion|=d'avion {T}
fr.182.01	fr	182	blesser|=blesse|=blesses {T}
fr.182.02	fr	182	agresser|=agresse|tabasser|frapper|=d'agresser a +coups {T}
fr.1821.01	fr	1821	violence sexuelle contre {T}	noun
fr.1822.01	fr	1822	torturer|=torture|=tortures {T}
fr.1823.01	fr	1823	tuer|=tue|=tues|=tuee|=tuees {T}
fr.1823.02	fr	1823	abattre|=abat|=abattu|=abattus|=abattue|=d'abattre {T}
fr.1823.03	fr	1823	executer|=execute|=executes|=d'executer {T}
fr.1823.04	fr	1823	execution|=l'execution|=d'execution de|du|des {T}	noun
fr.1823.05	fr	1823	meurtre|assassinat|=meurtres|=l'assassinat|=d'assassinat de|du|des {T}	noun
fr.1831.01	fr	1831	attentat|attaque|=l'attentat|=d'attentat|=l'attaque|=d'attaque suicide|kamikaze	notarget,noun
fr.1832.01	fr	1832	voiture|=voitures +piegee	notarget,noun
fr.1833.01	fr	1833	engin|=l'engin|=d'engin explosif|=l'explosif|=d'explosif improvise|=l'improvise|=d'improvise	notarget,noun
fr.185.01	fr	185	tentative +assassinat|=l'assassinat|=d'assassinat contre|de|du|visant {T}	noun
fr.186.01	fr	186	assassiner|=d'assassiner {T}
fr.186.02	fr	186	assassinat|=l'assassinat|=d'assassinat de|du|des {T}	noun
# 19 fight
fr.190.01	fr	190	attaquer|assaillir|=assailli|=assaille|=assaillent|=d'attaquer|=d'assaillir {T}
fr.190.02	fr	190	attaque|=l'attaque|=d'attaque contre|visant|sur {T}	noun
fr.190.03	fr	190	attaque|=l'attaque|=d'attaque {S} contre|visant|sur {T}	noun
fr.190.04	fr	190	offensive|=l'offensive|=d'offensive contre|sur|vers|visant|en|dans {T}	noun
fr.190.05	fr	190	offensive|=l'offensive|=d'offensive {S} contre|sur|vers|visant|en|dans {T}	noun
fr.190.06	fr	190	frapper|=frappe {T}
fr.190.07	fr	190	frappe contre|sur|visant {T}	noun
fr.190.08	fr	190	frappe {S} contre|sur|visant {T}	noun
fr.190.09	fr	190	cibler|=cible|viser|=vise {T}
fr.190.10	fr	190	combattre|=combat|=combattu {T}
fr.190.11	fr	190	battre|=bat|=battu|=battent contre {T}
fr.190.12	fr	190	affronter|=affronte|=d'affronter {T}
fr.190.13	fr	190	affrontement|combat|heurt|heurts|=l'affrontement|=d'affrontement|=l'heurt|=d'heurt|=l'heurts|=d'heurts avec|=l'avec|=d'avec {T}	noun
fr.190.14	fr	190	affrontement|combat|heurt|heurts|combats|affrontements|=l'affrontement|=d'affrontement|=l'heurt|=d'heurt|=l'heurts|=d'heurts|=l'affrontements|=d'affrontements entre|=d'entre {S}	mutual,noun
fr.190.15	fr	190	s'affronter|=affronte|=affrontent|=affrontes	mutual
fr.190.16	fr	190	tirer|=tire roquette|missile|drone|obus|projectile|salve|=l'obus|=d'obus contre|sur|vers|visant {T}
fr.190.17	fr	190	roquette|missile|drone|obus|projectile|=l'obus|=d'obus en +direction de|du|des {T}
fr.190.18	fr	190	tir|tirs de roquette|missile|drone|obus|=l'obus|=d'obus contre|sur|vers|visant {T}	noun
fr.190.19	fr	190	attaque|=l'attaque|=d'attaque de drone|missile|roquette contre|sur|visant {T}	noun
fr.190.20	fr	190	abattre|=abat|=abattu|=abattus|=d'abattre drone|avion|missile|appareil|helicoptere|ballon|chasseur|=helicopteres|=l'avion|=d'avion|=l'appareil|=d'appareil|=d'helicoptere {T}
fr.190.21	fr	190	prendre|=pris|=prend +assaut|=l'assaut|=d'assaut {T}
fr.190.22	fr	190	prendre|=pris|=prend|=prennent contrôle|controle de|du|des {T}
fr.190.23	fr	190	reprendre|=repris|=reprend {T}
fr.190.24	fr	190	incursion|incursions|=l'incursion|=d'incursion|=l'incursions|=d'incursions en|dans|sur {T}	noun
fr.190.25	fr	190	guerre|=guerres contre {T}	noun
fr.190.26	fr	190	operation|=l'operation|=d'operation militaire|=militaires contre|en|dans|a|au {T}	noun
fr.190.27	fr	190	operation|=l'operation|=d'operation militaire|=militaires {S} contre|en|dans {T}	noun
fr.190.28	fr	190	riposter|=riposte contre|a|au {T}
fr.190.29	fr	190	echanger|=echange|=d'echanger tir|tirs|frappe	mutual
fr.190.30	fr	190	echange|=l'echange|=d'echange de tir|tirs avec|=l'avec|=d'avec {T}	noun
fr.190.31	fr	190	raid|raids contre|sur|visant {T}	noun
fr.190.32	fr	190	raid|raids {S} contre|sur|visant {T}	noun
fr.190.33	fr	190	=missiles|=roquettes|=drones|=obus {S} +ont frappe|touche|vise {T}	noun
fr.191.01	fr	191	assieger|=assiege|=d'assieger {T}
fr.191.02	fr	191	siege de|du|des {T}	noun
fr.191.03	fr	191	imposer|=impose|=d'imposer blocus a|au|aux|contre|sur {T}
fr.191.04	fr	191	blocus de|du|des|contre|impose|=l'impose|=d'impose {T}	noun
fr.191.05	fr	191	bloquer|=bloque|empecher|=d'empecher aide|convoi|ravitaillement|=l'aide|=d'aide a|au|aux|en|dans|vers {T}
fr.191.06	fr	191	couper electricite|eau|carburant|approvisionnement|=l'electricite|=d'electricite|=l'approvisionnement|=d'approvisionnement a|au|aux {T}
fr.192.01	fr	192	envahir|=envahi|=d'envahir {T}
fr.192.02	fr	192	invasion|=l'invasion|=d'invasion de|du|des {T}	noun
fr.192.03	fr	192	occuper|=d'occuper {T}
fr.192.04	fr	192	occupation|=l'occupation|=d'occupation de|du|des {T}	noun
fr.192.05	fr	192	annexer|=d'annexer {T}
fr.192.06	fr	192	annexion|=l'annexion|=d'annexion de|du|des {T}	noun
fr.193.01	fr	193	=feu sur|contre {T}	noun
fr.193.02	fr	193	tirer|=tire sur {T}
fr.193.03	fr	193	tirer|=tire a +balles +reelles sur {T}
fr.194.01	fr	194	bombarder|=bombarde {T}
fr.194.02	fr	194	pilonner|=pilonne {T}
fr.194.03	fr	194	bombardement de|du|des|d'|sur|contre {T}	noun
fr.194.04	fr	194	bombardement {S} sur|contre|de|du|des {T}	noun
fr.194.05	fr	194	pilonnage de|du|des|d'|sur {T}	noun
fr.194.06	fr	194	tir|tirs de artillerie|=l'artillerie|=d'artillerie sur|contre {T}	noun
fr.195.01	fr	195	frappe aerienne|=l'aerienne|=d'aerienne contre|sur|visant|en|dans {T}	noun
fr.195.02	fr	195	frappe aerienne|=l'aerienne|=d'aerienne {S} contre|sur|visant|en|dans {T}	noun
fr.195.03	fr	195	raid aerien|aerienne|=l'aerien|=d'aerien|=l'aerienne|=d'aerienne contre|sur|visant|en|dans {T}	noun
fr.195.04	fr	195	raid aerien|aerienne|=l'aerien|=d'aerien|=l'aerienne|=d'aerienne {S} contre|sur|visant|en|dans {T}	noun
fr.1952.01	fr	1952	frappe de drone contre|sur|visant {T}	noun
fr.196.01	fr	196	violer|=viole cessez	notarget
fr.196.02	fr	196	violer|=viole treve	notarget
fr.196.03	fr	196	violation cessez	notarget,noun
fr.196.04	fr	196	violation treve	notarget,noun
# 20 mass violence
fr.200.01	fr	200	atrocite|=l'atrocite|=d'atrocite contre {T}	noun
fr.201.01	fr	201	expulsion|=l'expulsion|=d'expulsion massive|deportation de|du|des {T}	noun
fr.202.01	fr	202	massacrer|=massacre|=massacres {T}
fr.202.02	fr	202	massacre|=massacres de|du|des {T}	noun
fr.202.03	fr	202	genocide contre|de|du|des {T}	noun
fr.202.04	fr	202	commettre|=commis|=commet genocide contre|a|au {T}
fr.203.01	fr	203	nettoyage ethnique|=l'ethnique|=d'ethnique de|du|des|contre {T}	noun
fr.2041.01	fr	2041	attaque|=l'attaque|=d'attaque chimique|=chimiques contre|sur|a|au {T}	noun
fr.2041.02	fr	2041	utiliser|employer|recourir|=d'utiliser|=d'employer arme|=l'arme|=d'arme chimique|=chimiques contre {T}
fr.2042.01	fr	2042	frappe|attaque|=l'attaque|=d'attaque nucleaire|=nucleaires sur {T}	noun
fr.204.01	fr	204	utiliser|employer|=d'utiliser|=d'employer arme|=l'arme|=d'arme destruction massive contre {T}
fr.154.10	fr	154	deployer|=deploye|=deploie|masser|=masse|envoyer|=envoye|=d'envoyer troupe|force|soldat|soldats|militaire|char|=militaires a|au|aux|le frontiere|=frontieres avec|=l'avec|=d'avec {T}
fr.111.16	fr	111	condamner|=condamne|denoncer|=denonce|critiquer frappe|frappes|raid|raids +aerien|aerienne|=l'aerien|=d'aerien|=l'aerienne|=d'aerienne {T}
fr.071.05	fr	071	pret|credit|financement|tranche|aide|enveloppe|=l'aide|=d'aide|=l'enveloppe|=d'enveloppe en +faveur {T*}	noun
fr.166.05	fr	166	expulser|=expulse|=d'expulser diplomate|diplomates|ambassadeur|ambassadrice|attache|=l'ambassadeur|=d'ambassadeur|=l'ambassadrice|=d'ambassadrice|=l'attache|=d'attache {T}
fr.111.17	fr	111	condamner|=condamne|denoncer|=denonce|critiquer|fustiger|deplorer frappe|raid|attaque|bombardement|offensive|operation|agression|incursion|tir|=l'attaque|=d'attaque|=l'offensive|=d'offensive|=l'operation|=d'operation|=l'agression|=d'agression|=l'incursion|=d'incursion {T} contre|sur|visant|dans|en|a|au|aux
fr.111.18	fr	111	condamner|=condamne|denoncer|=denonce|critiquer|fustiger|deplorer frappe|raid|attaque|bombardement|offensive|operation|tir|=l'attaque|=d'attaque|=l'offensive|=d'offensive|=l'operation|=d'operation aerien|aerienne|militaire|meurtrier|meurtriere|=militaires|=meurtriers|=meurtrieres|=l'aerien|=d'aerien|=l'aerienne|=d'aerienne {T} contre|sur|visant|dans|en|a|au|aux
fr.190.34	fr	190	assaut|=l'assaut|=d'assaut contre|sur|visant {T}	noun
fr.190.35	fr	190	frappe|frappes|raid|raids en|dans {T}	noun
fr.062.06	fr	062	exercice|manoeuvre|exercices|=manoeuvres|=l'exercice|=d'exercice|=l'exercices|=d'exercices conjoint|conjointe|commun|commune	mutual,noun
fr.071.06	fr	071	pret|prets|credit|financement|tranche a|au|aux|pour {T}	noun
fr.0332.03	fr	0332	promettre|=promis|=promet livraison|livraisons|envoi|fourniture|=fournitures|=l'envoi|=d'envoi {T*}
fr.072.06	fr	072	livraison|livraisons|fourniture|=fournitures de|d' char|missile|arme|armes|systeme|munition|obus|avion|chasseur|=l'arme|=d'arme|=l'armes|=d'armes|=l'obus|=d'obus|=l'avion|=d'avion a|au|aux {T}	noun
fr.115.03	fr	115	emettre|=emis|=emet|delivrer|=delivre|=d'emettre mandat +d'arret contre|visant {T}
fr.115.04	fr	115	mandat +d'arret contre|visant {T}	noun
fr.163.11	fr	163	suspendre|=suspendu|=suspend|geler|=gele|interrompre|couper|=coupe|=d'interrompre echange|echanges|commerce|relation|importation|exportation|=l'echange|=d'echange|=l'echanges|=d'echanges|=l'importation|=d'importation|=l'exportation|=d'exportation commercial|commerciale|commerciaux avec|=l'avec|=d'avec {T}
fr.163.12	fr	163	suspendre|=suspendu|=suspend|geler|=gele|interrompre|couper|=coupe|=d'interrompre echange|commerce|importation|exportation|=l'echange|=d'echange|=l'importation|=d'importation|=l'exportation|=d'exportation avec|=l'avec|=d'avec {T}
fr.160.08	fr	160	geler|=gele|suspendre|=suspendu participation|adhesion|=l'adhesion|=d'adhesion a|au|aux {T}
fr.190.36	fr	190	roquette|missile|drone|obus|projectile|salve|=l'obus|=d'obus contre|sur|vers|visant {T}	noun
fr.072.07	fr	072	livrer|=livre|fournir|=fourni|=fournit|envoyer|=envoye|=d'envoyer canon|blinde|vehicule|equipement|materiel|obus|roquette|batterie|avions|=l'equipement|=d'equipement|=l'obus|=d'obus|=l'avions|=d'avions a|au|aux {T}
fr.036.06	fr	036	=doit|=devait|=devrait rencontrer|recevoir {T}
fr.150.02	fr	150	exercice|manoeuvre|manoeuvres|exercices|=l'exercice|=d'exercice|=l'exercices|=d'exercices militaire|naval|aerien|aerienne|amphibie|=militaires|=l'aerien|=d'aerien|=l'aerienne|=d'aerienne|=l'amphibie|=d'amphibie autour|pres|proche|large|abords|alentours|=l'autour|=d'autour|=l'abords|=d'abords|=l'alentours|=d'alentours de|du|des {T}	noun
fr.150.03	fr	150	exercice|manoeuvre|manoeuvres|exercices|=l'exercice|=d'exercice|=l'exercices|=d'exercices autour|pres|proche|large|abords|alentours|=l'autour|=d'autour|=l'abords|=d'abords|=l'alentours|=d'alentours de|du|des {T}	noun
fr.1952.02	fr	1952	frappe|attaque|attaques|frappes|=l'attaque|=d'attaque|=l'attaques|=d'attaques de drone|drones|missile|missiles {S} contre|sur|visant {T}	noun
fr.0871.07	fr	0871	conclure|=conclu|=conclut|signer|parvenir|=parvenu|accepter|=d'accepter accord|=l'accord|=d'accord de cessez	mutual
fr.0871.08	fr	0871	conclure|=conclu|=conclut|signer|parvenir|=parvenu|accepter|=d'accepter accord|=l'accord|=d'accord de treve	mutual
fr.190.37	fr	190	emparer|=empare|=emparee|=empares|=emparees|=d'emparer de|du|des {T}
fr.0874.08	fr	0874	retirer|=retire|=retirent|=retirera ses|leurs|son|sa {T}
fr.030.08	fr	030	=dit|=dite|=dits|=dites|=disent|=declare|=declaree|=montre|=montree pret|prete|prets|pretes|dispose|disposee|disposes|determine|determinee a|au renforcer|approfondir|developper|elargir|intensifier|ameliorer|=d'approfondir|=d'elargir|=d'intensifier|=d'ameliorer cooperation|relation|lien|partenariat|echange|dialogue|=l'echange|=d'echange avec|=l'avec|=d'avec {T}
fr.030.09	fr	030	=dit|=dite|=dits|=dites|=disent|=declare|=declaree|=montre|=montree pret|prete|prets|pretes|dispose|disposee|disposes a|au cooperer|travailler|aider|soutenir|dialoguer|negocier|=d'aider avec|=l'avec|=d'avec {T}
fr.030.10	fr	030	promettre|=promis|=promet|engager|=engage|=engagee|=engages|convenir|=convenu|=conviennent|=d'engager de|a renforcer|approfondir|developper|intensifier|elargir|=d'approfondir|=d'intensifier|=d'elargir cooperation|relation|lien|partenariat|echange|=l'echange|=d'echange	mutual
fr.030.11	fr	030	promettre|=promis|=promet|engager|=engage|=engagee|=engages|=d'engager de|a renforcer|approfondir|developper|intensifier|elargir|=d'approfondir|=d'intensifier|=d'elargir cooperation|relation|lien|partenariat|echange|=l'echange|=d'echange avec|=l'avec|=d'avec {T}
fr.0312.02	fr	0312	promettre|=promis|=promet|engager|=engage|=engagee|=engages|convenir|=convenu|=d'engager de|a renforcer|approfondir|developper|intensifier|=d'approfondir|=d'intensifier cooperation militaire|defense|securitaire|=militaires|=securitaires	mutual
fr.033.03	fr	033	engager|=engage|=engagee|=engages|promettre|=promis|=promet|=d'engager de|a fournir|verser|accorder|envoyer|livrer|debloquer|octroyer|=d'accorder|=d'envoyer|=d'octroyer {T*}
fr.039.05	fr	039	proposer|=propose|offrir|=offert|=offre|=d'offrir mediation|bons entre|=d'entre {T}
fr.039.06	fr	039	proposer|=propose|offrir|=offert|=offre|=d'offrir accueillir|organiser|=d'accueillir|=d'organiser negociation|pourparler|discussion|sommet|reunion|=pourparlers entre|=d'entre {T}
fr.050.10	fr	050	rejoindre|=rejoint {T}
fr.050.11	fr	050	devenir|=devenu|=devenue membre|=membres de|du|des {T}
fr.154.11	fr	154	deployer|=deploye|=deploie arme|armes|systeme|batterie|bombardier|ogive|=bombardiers|=bombardiere|=bombardieres|=l'arme|=d'arme|=l'armes|=d'armes|=l'ogive|=d'ogive a|au|aux|en|pres|dans|vers {T}
fr.0332.04	fr	0332	promettre|=promis|=promet livraison|livraisons|envoi|fourniture|=fournitures|=l'envoi|=d'envoi de char|missile|arme|armes|systeme|munition|obus|avion|chasseur|drone|canon|batterie|=l'arme|=d'arme|=l'armes|=d'armes|=l'obus|=d'obus|=l'avion|=d'avion a|au|aux {T}
fr.1056.03	fr	1056	exiger|=exige|reclamer|=d'exiger depart de|du|des {T}
fr.163.13	fr	163	prendre|=pris|=prend|=prennent sanction|sanctions|mesures|represailles contre|visant {T}
fr.039.07	fr	039	pret|prete|prets|pretes|dispose|disposee|disposes a|au accueillir|organiser|=d'accueillir|=d'organiser negociation|pourparler|discussion|sommet|reunion|=pourparlers entre|=d'entre {T}	noun
fr.051.14	fr	051	accueillir|=accueilli|=accueillie|=accueille|=accueillent|=d'accueillir favorablement|positivement|chaleureusement {T}
fr.051.15	fr	051	accueillir|=accueilli|=accueillie|=accueille|=accueillent|=d'accueillir avec|=l'avec|=d'avec satisfaction {T}
fr.195.05	fr	195	larguer|=largue bombe|bombes|munition sur {T}
fr.1823.06	fr	1823	neutraliser|=neutralise|=neutralises {T}
fr.1823.07	fr	1823	eliminer|=elimine|=elimines|=d'eliminer {T}
fr.190.38	fr	190	capturer|=capture|=captures {T}
fr.191.07	fr	191	encercler|=encercle|=d'encercler {T}
fr.042.05	fr	042	en visite a|au|aux|en {T}	noun
fr.040.17	fr	040	reunion avec|=l'avec|=d'avec {T}	noun
fr.040.18	fr	040	dialogue avec|=l'avec|=d'avec {T}	noun
fr.041.07	fr	041	{T} recevoir|=recu|=recoit appel|=l'appel|=d'appel +telephonique de|du|des {S}
fr.100.05	fr	100	mettre|=mis|=met en +demeure|=demeures {T}
fr.112.08	fr	112	reprocher|=reproche a|au|aux {T}
fr.112.09	fr	112	mettre|=mis|=met en +cause {T}
fr.111.19	fr	111	insurger|=insurge|=d'insurger contre {T}
fr.163.14	fr	163	imposer|=impose|relever|=releve|=d'imposer droit|droits|taxe|taxes|surtaxe|tarif de douane sur|contre|visant {T}
fr.173.13	fr	173	placer|=place {T} en +garde +a +vue
fr.083.01	fr	083	acceder|=accede|=d'acceder a|aux demande|exigence|revendication|=l'exigence|=d'exigence de|du|des {T}
fr.061.04	fr	061	livrer|fournir|=fourni|exporter|vendre|=vendu|=d'exporter gaz|petrole|ble|cereale|electricite|hydrocarbure|=hydrocarbures|=l'electricite|=d'electricite|=d'hydrocarbure a|au|aux|vers {T}
fr.1823.08	fr	1823	=mort|=morts|=morte|=mortes|=meurt|=meurent|=peri|=peris|=perissent dans|lors|pendant|sous	victim
fr.1823.09	fr	1823	trouver|=trouve|=trouvent la +mort dans|lors|pendant|sous	victim
fr.190.39	fr	190	prendre|=pris|=prend|=prennent pour +cible {T}
fr.051.16	fr	051	appui|=l'appui|=d'appui a|au|aux {T}	noun
fr.020.11	fr	020	prier|=prie {T} de
fr.020.12	fr	020	plaider|=plaide pour	notarget
fr.057.11	fr	057	parapher|=paraphe accord|traite|protocole|memorandum|=l'accord|=d'accord avec|=l'avec|=d'avec {T}
fr.042.06	fr	042	arriver|=arrive|=arrivee|=arrives|=arrivera|=d'arriver a|au|aux|en {T}
fr.039.08	fr	039	role de mediateur	noun,notarget
fr.030.12	fr	030	convenir|=convenu|=conviennent|accepter|=accepte|=d'accepter de|a coordonner|cooperer|travailler|collaborer	mutual
fr.020.13	fr	020	exhorter|appeler|=appel|=appelle|inviter|=invite|=d'exhorter|=d'appeler|=d'inviter parties|belligerants|protagonistes au|en|dans {T}
fr.040.19	fr	040	tenir|=tenu|=tient|=tiennent pourparler|discussion|reunion|consultation|entretien|sommet|=pourparlers|=l'entretien|=d'entretien	mutual
fr.116.02	fr	116	condamner|=condamne a|au mort|prison|perpetuite {T}
# --- round 2: press synonyms, noun constructions, locative force verbs ---
fr.0841.60	fr	0841	remettre|=remis|=remet|=remettent|=remise|=remises en +liberte {T}
fr.0841.61	fr	0841	gracier|=gracie|=gracies|=graciee|=graciees {T}
fr.0841.62	fr	0841	relaxer|=relaxe|=relaxes {T}
fr.0841.63	fr	0841	mise en +liberte de|du|des {T}	noun
fr.0871.60	fr	0871	prolonger|=prolonge|reconduire|=reconduit|proroger|=proroge cessez|treve	mutual
fr.0871.61	fr	0871	instaurer|=instaure|decreter|=decrete cessez|treve	notarget
fr.050.60	fr	050	convenir|=convenu|=conviennent|accepter|=accepte de retablir|normaliser|renouer relation|lien|ambassade|=relations	mutual
fr.050.61	fr	050	rouvrir|=rouvert|=rouvre|=rouvrent ambassade|=ambassades|=l'ambassade|=d'ambassade a|au|en {T}
fr.050.62	fr	050	retablissement|reprise relation|lien diplomatique|=diplomatiques avec|=l'avec|=d'avec {T}	noun
fr.120.60	fr	120	rejeter|=rejette|=rejettent|refuser|=refuse|balayer|=balaie|ecarter|=ecarte appel|appels|demande|demandes|exigence|exigences|ultimatum|pression|pressions|=l'appel|=d'appel|=l'exigence|=d'exigence|=l'ultimatum|=d'ultimatum	notarget
fr.127.60	fr	127	rejeter|=rejette|=rejettent|refuser|=refuse|balayer|=balaie|ecarter|=ecarte appel|appels|demande|demandes|pression|pressions|=l'appel|=d'appel cessez|treve	notarget
fr.128.60	fr	128	ignorer|=ignore|braver|=brave appel|appels|avertissement|mise|=avertissements|=l'appel|=d'appel|=l'avertissement|=d'avertissement de|du|des {T}
fr.020.60	fr	020	exhorter|=exhorte|appeler|=appele|inviter|=invite|=d'exhorter|=d'appeler communaute +internationale	notarget
fr.020.61	fr	020	appel|appels|=l'appel|=d'appel lance|adresse|=lances|=adresses a|au|aux {T}	noun
fr.020.62	fr	020	intimer|=intime|enjoindre|=enjoint {T}
fr.154.60	fr	154	deploiement|envoi|=l'envoi|=d'envoi de|des|d' troupe|force|soldat|militaire|brigade|bataillon|renfort|contingent|unite|=renforts|=brigades|=bataillons|=militaires|=unites|=l'unite|=d'unite a|au|aux|en|pres|long|vers {T}	noun
fr.154.61	fr	154	deploiement|envoi|=l'envoi|=d'envoi de|des|d' troupe|force|soldat|militaire|brigade|bataillon|renfort|contingent|=renforts|=brigades|=bataillons|=militaires frontiere|=frontieres avec|=l'avec|=d'avec {T}	noun
fr.154.62	fr	154	deployer|=deploye|=deploie|masser|=masse|envoyer|=envoye|depecher|=depeche brigade|bataillon|renfort|contingent|unite|=renforts|=brigades|=bataillons|=unites frontiere|=frontieres avec|=l'avec|=d'avec {T}
fr.194.60	fr	194	bombarder|=bombarde|pilonner|=pilonne dans|en|sur {T}
fr.195.60	fr	195	frappes|raids|bombardements|=frappe|=raid +aeriennes|aeriens|aerienne|aerien de|du|des {S}	noun,notarget
fr.195.61	fr	195	mener|=mene|=menent|effectuer|=effectue|lancer|=lance serie de frappes|raids|bombardements sur|contre|visant|en|dans {T}
fr.1823.60	fr	1823	tuer|=tue|=tues|abattre|=abattu|=abattus dans|en {T}	
fr.1823.61	fr	1823	fusiller|=fusille|=fusilles|egorger|=egorge|=egorges|decapiter|=decapite|=decapites|lyncher|=lynche|poignarder|=poignarde {T}
fr.1823.62	fr	1823	mitrailler|=mitraille {T}
fr.181.60	fr	181	sequestrer|=sequestre|=sequestres|enlever|=enleve|=enleves|kidnapper|=kidnappe|=kidnappes ressortissant|=ressortissants|travailleur|humanitaire|touriste|=humanitaires|=touristes {T}
fr.181.61	fr	181	rapt|=rapts de|du|des {T}	noun
fr.171.60	fr	171	intercepter|=intercepte|=interceptes navire|bateau|cargo|petrolier|=navires|=petroliers|bateaux {T}
fr.173.60	fr	173	perquisitionner|=perquisitionne|demanteler|=demantele|=demanteles reseau|cellule|=reseaux|=cellules	self
fr.173.61	fr	173	extrader|=extrade|=extrades|deferer|=defere|=deferes {T}
fr.173.62	fr	173	arrestation|arrestations|interpellation|interpellations|=l'arrestation|=d'arrestation|=l'interpellation|=d'interpellation de|des|d' manifestant|opposant|militant|journaliste|=manifestants|=opposants|=militants|=journalistes	self,noun
fr.172.60	fr	172	censurer|=censure|museler|=muselle {T}
fr.172.61	fr	172	interdire|=interdit aux {T} de
fr.111.60	fr	111	denonciation|=denonciations de|du|des {T}	noun
fr.111.61	fr	111	fustiger|=fustige|vilipender|conspuer|=conspue {T}
fr.111.62	fr	111	regretter|=regrette|deplorer|=deplore decision|choix|=decisions de|du|des {T}
fr.111.63	fr	111	condamner|=condamne|denoncer|=denonce|critiquer|fustiger|=fustige decision|loi|politique|resolution|=decisions|=resolutions|=lois de|du|des {T}
fr.114.60	fr	114	convocation|=convocations de|du|des ambassadeur|charge|=l'ambassadeur|=d'ambassadeur de|du|des {T}	noun
fr.114.61	fr	114	convoquer|=convoque|=convoquee|=convoques ambassadeur|charge|diplomate|=l'ambassadeur|=d'ambassadeur|=ambassadrice|=l'ambassadrice de|du|des|d' {T}
fr.115.60	fr	115	demander|=demande|requerir|=requis mandat|=mandats +d'arret contre|visant {T}
fr.042.60	fr	042	effectuer|=effectue|=effectuee|=entame|entamer visite|tournee|deplacement a|au|aux|en {T}
fr.042.61	fr	042	tournee|deplacement|=deplacements a|au|aux|en {T}	noun
fr.040.60	fr	040	negociation|=negociations|=tractations|consultation|=consultations entre|=d'entre {S}	mutual,noun
fr.033.60	fr	033	promettre|=promis|=promet|proposer|=propose|offrir|=offert|=offre aide|assistance|enveloppe|don|=dons|=l'aide|=d'aide|=l'assistance|=d'assistance|=l'enveloppe|=d'enveloppe a|au|aux {T}
fr.112.60	fr	112	mutuellement accuser|=accuses|=accusees|=accusent	mutual
fr.172.62	fr	172	suspendre|=suspendu|interdire|=interdit|dissoudre|=dissous activite|=activites parti|partis|association|=associations|media|=medias|syndicat|=syndicats|ong	self
fr.190.60	fr	190	prise|conquete de|du|des ville|village|localite|bastion|=villes|=villages|=localites {T}	noun
fr.111.64	fr	111	qualifier|=qualifie|=qualifiant de provocation|agression|ingerence|irresponsable|inacceptable|dangereux|dangereuse|hostile|criminel|criminelle|terroriste|=provocations|=inacceptables|=irresponsables|=hostiles|=criminels|=terroristes {T}
fr.111.65	fr	111	qualifier|=qualifie|=qualifiant =d'inacceptable|=d'inacceptables|=d'irresponsable|=d'irresponsables|=d'agression|=d'ingerence|=d'hostile|=d'hostiles|=d'illegal|=d'illegale|=d'illegaux|=d'illegales {T}
fr.020.63	fr	020	exhorter|=exhorte|appeler|=appele|inviter|=invite|=d'exhorter|=d'appeler allie|partenaire|=allies|=partenaires|=occidentaux|=occidentales a|au	notarget
fr.160.61	fr	160	fermer|=ferme|interdire|=interdit espace +aerien|aerienne a|au|aux {T}
fr.033.61	fr	033	promettre|=promis|=promet|proposer|=propose|offrir|=offert aide|assistance|enveloppe|don|pret|=prets|=dons|=l'aide|=d'aide|=l'assistance|=d'assistance|=l'enveloppe|=d'enveloppe =dollars|=euros|=dollar|=euro|=d'euros a|au|aux {T}
fr.070.60	fr	070	aide|assistance|enveloppe|don|pret|credit|financement|tranche|=prets|=dons|=credits|=l'aide|=d'aide|=l'assistance|=d'assistance|=l'enveloppe|=d'enveloppe =dollars|=euros|=dollar|=euro|=d'euros a|au|aux|pour {T}	noun
fr.070.61	fr	070	aide|assistance|enveloppe|don|pret|credit|financement|tranche|=prets|=dons|=credits|=l'aide|=d'aide|=l'assistance|=d'assistance|=l'enveloppe|=d'enveloppe =dollars|=euros|=dollar|=euro|=d'euros en +faveur {T*}	noun
fr.195.62	fr	195	frappe|frappes|raid|raids|bombardement|bombardements {S} =fait|=font|=faisant|=fera morts|=mort|victimes|tues dans|en|a|au {T}	noun
fr.166.60	fr	166	declarer|=declare|=declares persona +non +grata {T}
fr.100.60	fr	100	ordonner|=ordonne|enjoindre|=enjoint a|au|aux {T} de
fr.120.61	fr	120	rejeter|=rejette|=rejettent|refuser|=refuse proposition|plan|offre|initiative|=propositions|=offres {T}
fr.175.60	fr	175	=canons|canon +a +eau contre|sur|visant {T}	noun
fr.160.62	fr	160	fermer|=ferme|=fermee frontiere|=frontieres|passage|poste|point avec|=l'avec|=d'avec {T}
fr.051.60	fr	051	=dit|redire|=redit|exprimer|=exprime|reaffirmer|=reaffirme|assurer|=assure|renouveler|=renouvele soutien|appui a|au|aux {T}
fr.171.61	fr	171	saisir|=saisi|arraisonner|=arraisonne|intercepter|=intercepte|immobiliser|=immobilise petrolier|navire|cargo|bateau|vraquier|=navires|=petroliers battant +pavillon {T}
fr.190.61	fr	190	attaquer|=attaque|frapper|=frappe|viser|=vise|cibler|=cible|toucher|=touche petrolier|navire|cargo|bateau|vraquier|=navires|=petroliers battant +pavillon {T}
fr.190.62	fr	190	attaque|frappe|=attaques|=frappes|=l'attaque|=d'attaque contre|visant|sur petrolier|navire|cargo|bateau|vraquier|=navires|=petroliers battant +pavillon {T}	noun
fr.195.63	fr	195	frappe|frappes aerienne|=aeriennes|=aeriens contre|sur|visant position|cible|site|infrastructure|=positions|=cibles|=sites|=infrastructures dans|en {T}	noun
fr.194.61	fr	194	bombarder|=bombarde|pilonner|=pilonne|frapper|=frappe|viser|=vise|cibler|=cible position|cible|site|=positions|=cibles|=sites dans|en {T}
fr.190.63	fr	190	penetrer|=penetre|=penetrees|=penetres dans|en|sur {T}
fr.190.64	fr	190	=affirme|=affirment|=dit|=disent|=assure|=assurent|=revendique|=annonce|=annoncent avoir =frappe|=vise|=cible|=attaque|=bombarde|=abattu|=tue|=detruit|=pilonne {T}
fr.173.63	fr	173	arrestation|arrestations|interpellation|interpellations|=l'arrestation|=d'arrestation|=l'interpellation|=d'interpellation de|des|d' militaire|officier|soldat|suspect|personne|=militaires|=officiers|=soldats|=suspects|=personnes	self,noun
fr.030.60	fr	030	pret|prete|prets|pretes|dispose|disposee|disposes|disposees a|au jouer|contribuer|accompagner|faciliter role|=roles|mediateur|mediation	notarget
fr.163.60	fr	163	mesure|=mesures|=represailles de +retorsion contre|visant {T}	noun
fr.190.65	fr	190	reprendre|=repris|=reprend|=reprennent controle de|du|des {T}
# passives written out: "{T} a/ont été <participe> par {S}"
fr.190.66	fr	190	{T} =ete =attaque|=attaques|=attaquee|=attaquees|=vise|=vises|=visee|=visees|=cible|=cibles|=ciblee|=ciblees|=frappe|=frappes|=frappee|=frappees par {S}
fr.1823.63	fr	1823	{T} =ete =tue|=tues|=tuee|=tuees|=abattu|=abattus|=abattue|=abattues par {S}
fr.173.64	fr	173	{T} =ete =arrete|=arretes|=arretee|=arretees|=interpelle|=interpelles|=interpellee|=interpellees|=detenu|=detenus|=detenue|=detenues par {S}
fr.111.66	fr	111	{T} =ete =condamne|=condamnes|=condamnee|=condamnees|=critique|=critiques|=critiquee|=critiquees|=denonce|=denonces|=denoncee|=denoncees|=fustige|=fustiges|=fustigee|=fustigees par {S}
fr.166.61	fr	166	{T} =ete =expulse|=expulses|=expulsee|=expulsees par {S}
fr.163.61	fr	163	{T} =ete =sanctionne|=sanctionnes|=sanctionnee|=sanctionnees par {S}
fr.194.62	fr	194	{T} =ete =bombarde|=bombardes|=bombardee|=bombardees|=pilonne|=pilonnes|=pilonnee|=pilonnees par {S}
fr.181.62	fr	181	{T} =ete =enleve|=enleves|=enlevee|=enlevees|=kidnappe|=kidnappes|=kidnappee|=kidnappees par {S}
fr.0841.64	fr	0841	{T} =ete =libere|=liberes|=liberee|=liberees|=relache|=relaches|=relachee|=relachees par {S}
fr.112.61	fr	112	{T} =ete =accuse|=accuses|=accusee|=accusees par {S}
fr.043.61	fr	043	{T} =ete =recu|=recus|=recue|=recues|=accueilli|=accueillis|=accueillie|=accueillies par {S}
fr.114.62	fr	114	{T} =ete =convoque|=convoques|=convoquee|=convoquees a|au|aux|par {S}
fr.111.67	fr	111	qualifier|=qualifie|=qualifiant {T} terroriste|criminel|criminelle|voyou|genocidaire|agresseur|occupant|=terroristes|=criminels|=criminelles|=genocidaires|=agresseurs
fr.051.61	fr	051	apporter|=apporte|=d'apporter appui a|au|aux {T}
fr.111.68	fr	111	pointer|=pointe +du +doigt {T}
fr.042.62	fr	042	=attendu|=attendue|=attendus a|au|aux|en {T}
fr.173.65	fr	173	placer|=place|mettre|=mis en +detention {T}
fr.111.69	fr	111	qualifier|=qualifie|=qualifiant {T} de|d' violation|provocation|agression|crime|acte|terrorisme|ingerence|=crimes|=actes|=violations|=provocations|=l'ingerence|=d'ingerence|=d'agression|=d'acte|=d'actes
fr.030.61	fr	030	=engage|=engagee|=engages|=engagees|pret|prete|prets|pretes|dispose|disposee|disposes a|au aider|soutenir|accompagner|appuyer {T}
fr.030.62	fr	030	promettre|=promis|=promet|=promettent =d'aider|=d'accompagner|=d'appuyer|soutenir {T}
fr.143.60	fr	143	appeler|=appele|=appelle|=appellent|=appelaient a +la +greve	self
fr.143.61	fr	143	appel|=l'appel|=d'appel a +la +greve	self,noun
fr.190.67	fr	190	tir|tirs|attaque|attaques|=l'attaque|=l'attaques|assaut|=l'assaut|offensive|=l'offensive {S} =fait|=font|=faisant|=fera morts|=mort|victimes|tues dans|en|a|au {T}	noun
