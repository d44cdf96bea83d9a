# Action patterns, Spanish (EFE / Europa Press / Reuters en español wire copy).
# Format: see README.md in this folder. Verbs are written as infinitives (the
# coder generates the third-person tenses and the participle: condenar ->
# condenó, condenaron, ha condenado, condenará); nouns in the singular
# (sanción -> sanciones). Accents fold away on both sides. Irregular forms
# are extra alternatives with =: =impuso|=impusieron.
# The engine reads Spanish word order: subject before the verb (SVO), the
# object after it, often after "a" (condenó a Rusia) or an article (recibió
# al canciller). Passives ("fue atacado por") are the engine's, not here.
# id	lang	cameo	pattern	flags

# --- CAMEO 01: public statements
es.010.01	es	010	decir|=dijo|=dijeron|=dice|=dicen a|al {T}	say
es.010.02	es	010	declarar|afirmar|asegurar|explicar|trasladar|transmitir a|al {T}	say
es.010.03	es	010	informar a|al {T}
es.010.04	es	010	mensaje a|al|para {T}	noun
es.010.05	es	010	declaración|comunicado dirigido a|al {T}	noun
es.010.06	es	010	negar|=nego|=niega|=niegan|rehusar|declinar hacer|=hecho comentarios	notarget
es.012.01	es	012	expresar|manifestar|=manifiesta|=manifiestan|mostrar|=muestra|=muestran preocupación|inquietud por|ante|sobre {T}
es.012.02	es	012	preocupación por|ante {T}	noun
es.013.01	es	013	expresar|mostrar|=muestra|=muestran optimismo|esperanza sobre|por|ante {T}
es.014.01	es	014	estudiar|considerar|examinar|analizar propuesta|petición|oferta|solicitud de|del {T}
es.015.01	es	015	reivindicar|atribuir|=atribuyo|=atribuyeron|asumir autoría|responsabilidad	notarget
es.015.02	es	015	reivindicar ataque|atentado|ataques|atentados|ofensiva	notarget
es.016.01	es	016	negar|=nego|=niega|=niegan|desmentir|=desmintio|=desmiente implicación|participación|responsabilidad|involucramiento	notarget
es.017.01	es	017	depositar|colocar ofrenda|corona|flores	notarget
es.018.01	es	018	condolencia|pésame a|al {T}	noun
es.018.02	es	018	expresar|transmitir|enviar|dar condolencia|pésame a|al {T}
es.018.03	es	018	solidaridad con {T}	noun
es.018.04	es	018	expresar|mostrar|=muestra|=muestran solidaridad con {T}
es.019.01	es	019	coincidir con {T}
es.019.02	es	019	compartir posición|visión|preocupación de|del {T}

# --- CAMEO 02: appeals
es.020.01	es	020	instar a|al {T}
es.020.02	es	020	pedir|=pidio|=pidieron|=pide|=piden|=pidiendo a|al {T}
es.020.03	es	020	hacer|=hizo|=hicieron|=hace|=hacen|=hecho llamamiento|llamado +a|al {T}
es.020.04	es	020	llamamiento|llamado a|al {T}	noun
es.020.05	es	020	solicitar a|al {T}
es.020.06	es	020	exhortar a|al {T}
es.020.07	es	020	urgir a|al {T}
es.020.08	es	020	apelar a|al {T}
es.020.09	es	020	reclamar a|al {T}
es.020.10	es	020	rogar|=rogo|=ruega|=ruegan a|al {T}
es.020.11	es	020	pedir|=pidio|=pidieron|=pide|=piden a|al +las partes en {T}
es.020.12	es	020	llamar a|al {T} a|al
es.020.14	es	020	solicitar adhesión|ingreso a|al|en {T}
es.020.15	es	020	pedir|=pidio|=pidieron|=pide|=piden|solicitar ingreso|adhesión +a|al|en {T}
es.0211.01	es	0211	pedir|=pidio|=pidieron|=pide|=piden|buscar inversiones|inversión de|del {T}
es.0212.01	es	0212	instar a|al {T} a|al reforzar|ampliar|intensificar cooperación militar|defensa
es.0213.01	es	0213	pedir|=pidio|=pidieron|=pide|=piden|solicitar a|al {T} extradición
es.0213.02	es	0213	pedir|=pidio|=pidieron|=pide|=piden|solicitar extradición de|del {T}
es.022.01	es	022	buscar|pedir|=pidio|=pidieron|=pide|=piden|solicitar apoyo de|del|a|al {T}
es.022.02	es	022	pedir|=pidio|=pidieron|=pide|=piden apoyo|respaldo +a|al {T}
es.023.01	es	023	pedir|=pidio|=pidieron|=pide|=piden|solicitar ayuda|asistencia +a|al|de|del {T}
es.0231.01	es	0231	pedir|=pidio|=pidieron|=pide|=piden|solicitar préstamo|crédito|financiación|rescate +a|de|del|al {T}
es.0232.01	es	0232	pedir|=pidio|=pidieron|=pide|=piden|solicitar armas|armamento|misiles|municiones|antiaérea|antiaéreos a|al|de|del {T}
es.0232.02	es	0232	pedir|=pidio|=pidieron|=pide|=piden|instar a|al {T} enviar|entregar|suministrar armas|armamento|misiles|municiones
es.0233.01	es	0233	pedir|=pidio|=pidieron|=pide|=piden|solicitar ayuda humanitaria +a|al|de|del {T}
es.0234.01	es	0234	pedir|=pidio|=pidieron|=pide|=piden|solicitar cascos|pacificadores|paz a|al|de|del {T}
es.0241.01	es	0241	pedir|=pidio|=pidieron|=pide|=piden|instar a|al {T} que dimita|renuncie
es.0241.02	es	0241	pedir|=pidio|=pidieron|=pide|=piden|reclamar dimisión|renuncia de|del {T}
es.0243.01	es	0243	instar|pedir|=pidio|=pidieron|=pide|=piden a|al {T} respetar|respete|respeten derechos humanos
es.0244.01	es	0244	instar|pedir|=pidio|=pidieron|=pide|=piden a|al {T} convocar|convoque|celebrar|celebre elecciones
es.0244.02	es	0244	pedir|=pidio|=pidieron|=pide|=piden|reclamar elecciones libres en {T}
es.0252.01	es	0252	instar|pedir|=pidio|=pidieron|=pide|=piden a|al {T} poner|=puesto fin a|al protestas|manifestaciones
es.0253.01	es	0253	instar|pedir|=pidio|=pidieron|=pide|=piden a|al {T} liberar|libere|liberen|excarcelar|excarcele
es.0253.02	es	0253	pedir|=pidio|=pidieron|=pide|=piden|reclamar liberación|excarcelación|puesta en libertad de|del {T}
es.0254.01	es	0254	instar|pedir|=pidio|=pidieron|=pide|=piden a|al {T} levantar|levante|aliviar sanciones
es.0254.02	es	0254	pedir|=pidio|=pidieron|=pide|=piden|reclamar levantamiento de|del sanciones|embargo|bloqueo contra|a|al|sobre {T}
es.0255.01	es	0255	instar|pedir|=pidio|=pidieron|=pide|=piden a|al {T} permitir|permita|autorizar|autorice inspectores|observadores|inspecciones
es.0256.01	es	0256	instar|pedir|=pidio|=pidieron|=pide|=piden a|al {T} retirar|retire|retiren tropas|fuerzas
es.0256.02	es	0256	instar|pedir|=pidio|=pidieron|=pide|=piden a|al {T} moderación|contención
es.0256.03	es	0256	pedir|=pidio|=pidieron|=pide|=piden|reclamar moderación|contención a|al {T}
es.0256.04	es	0256	pedir|=pidio|=pidieron|=pide|=piden|reclamar fuego|tregua en {T}
es.026.01	es	026	instar|pedir|=pidio|=pidieron|=pide|=piden a|al {T} reanudar|reanude|retomar|retome negociaciones|diálogo|conversaciones
es.026.02	es	026	instar|pedir|=pidio|=pidieron|=pide|=piden a|al {T} negociar|dialogar
es.027.01	es	027	instar|pedir|=pidio|=pidieron|=pide|=piden a|al {T} resolver|=resuelva|solucionar|=resuelto disputa|conflicto|diferencias
es.028.01	es	028	instar|pedir|=pidio|=pidieron|=pide|=piden a|al {T} aceptar mediación

# --- CAMEO 03: intent to cooperate
es.030.01	es	030	comprometer a|al cooperar|colaborar|trabajar con {T}
es.030.02	es	030	prometer|=promete cooperar|colaborar|trabajar con {T}
es.030.03	es	030	dispuesto|dispuesta|preparado a|al|para cooperar|colaborar|trabajar|negociar|dialogar con {T}	noun
es.030.04	es	030	dispuesto|dispuesta a|al negociar|dialogar|colaborar	notarget,noun
es.030.05	es	030	prometer|ofrecer|=ofrecio|=ofrece|=ofrezca apoyo|respaldo a|al {T}
es.030.06	es	030	voluntad de|del cooperar|colaborar|trabajar con {T}	noun
es.030.07	es	030	acordar|=acuerda|=acuerdan reforzar|estrechar|ampliar|intensificar|profundizar cooperación|relaciones|lazos|vínculos	mutual
es.030.08	es	030	comprometer a|al reforzar|estrechar|ampliar|intensificar|profundizar cooperación|relaciones|lazos|vínculos con {T}
es.030.09	es	030	ofrecer|=ofrecio|=ofrece ayuda|ayudar a|al {T}
es.031.01	es	031	ofrecer|=ofrecio|=ofrece asistencia|ayuda a|al {T}
es.0311.01	es	0311	acordar|=acuerda|=acuerdan|comprometer a|al impulsar|ampliar|aumentar comercio|intercambio|inversiones con {T}
es.0311.02	es	0311	acordar|=acuerda|=acuerdan impulsar|ampliar|aumentar comercio|intercambio|inversiones	mutual
es.0312.01	es	0312	acordar|=acuerda|=acuerdan reforzar|ampliar|intensificar cooperación militar|defensa	mutual
es.0312.02	es	0312	acordar|=acuerda|=acuerdan|comprometer a|al reforzar|ampliar|intensificar cooperación militar|defensa con {T}
es.0314.01	es	0314	acordar|=acuerda|=acuerdan compartir inteligencia|información	mutual
es.032.01	es	032	prometer|ofrecer|=ofrecio|=ofrece apoyo diplomático|político a|al {T}
es.033.01	es	033	prometer|comprometer ayuda|asistencia a|al|para {T}
es.033.02	es	033	anunciar ayuda|asistencia|paquete a|al|para {T}
es.0331.01	es	0331	prometer|comprometer|anunciar préstamo|préstamos|crédito|financiación|fondos a|al|para {T}
es.0332.01	es	0332	prometer|comprometer|anunciar armas|armamento|misiles|tanques|cazas|municiones|ayuda militar a|al|para {T}
es.0332.02	es	0332	comprometer|prometer a|al enviar|entregar|suministrar armas|armamento|misiles|tanques|cazas|municiones a|al {T}
es.0333.01	es	0333	prometer|comprometer|anunciar ayuda humanitaria a|al|para {T}
es.0334.01	es	0334	ofrecer|=ofrecio|=ofrece|prometer|comprometer cascos|tropas|pacificadores|paz a|al|para {T}
es.034.01	es	034	prometer|anunciar reformas	self
es.0353.01	es	0353	prometer|comprometer|acordar|=acuerda|=acuerdan liberar|excarcelar a|al {T}
es.0354.01	es	0354	prometer|comprometer|acordar|=acuerda|=acuerdan levantar|aliviar sanciones contra|a|al|sobre {T}
es.0356.01	es	0356	prometer|comprometer|acordar|=acuerda|=acuerdan retirar tropas|fuerzas de|del {T}
es.036.01	es	036	ofrecer|=ofrecio|=ofrece|proponer|=propuso|=propone|=proponen|=propuesto reunirse|negociar|dialogar con {T}
es.036.02	es	036	acordar|=acuerda|=acuerdan reunirse|negociar|dialogar con {T}
es.036.03	es	036	proponer|=propuso|=propone|=proponen|=propuesto conversaciones|negociaciones|diálogo con {T}
es.036.04	es	036	invitar a|al {T}
es.036.05	es	036	invitación a|al {T}	noun
es.036.06	es	036	acordar|=acuerda|=acuerdan reanudar|retomar|celebrar negociaciones|conversaciones|diálogo	mutual
es.036.07	es	036	acordar|=acuerda|=acuerdan|comprometer a|al reanudar|retomar negociaciones|conversaciones|diálogo con {T}
es.036.08	es	036	previsto|prevista|intención|=preve|=preven|planear visitar {T}
es.036.11	es	036	previsto|prevista|intención|=preve|=preven|planear viajar +a|al {T}
es.036.09	es	036	dispuesto|dispuesta|disposición a|al|para negociar|dialogar|reunirse con {T}	noun
es.036.10	es	036	ofrecer|=ofrecio|=ofrece acoger|albergar conversaciones|negociaciones|cumbre entre {T}
es.037.01	es	037	comprometer|acordar|=acuerda|=acuerdan resolver|solucionar|=resuelto disputa|conflicto|diferencias con {T}
es.037.02	es	037	comprometer|acordar|=acuerda|=acuerdan resolver|solucionar|=resuelto disputa|conflicto|diferencias	mutual
es.037.03	es	037	comprometer a|al no recurrir a|al +la fuerza	mutual
es.038.01	es	038	aceptar mediación de|del {T}
es.039.01	es	039	ofrecer|=ofrecio|=ofrece mediar|mediación entre {T}
es.039.02	es	039	ofrecer|=ofrecio|=ofrece mediar|mediación	notarget
es.039.03	es	039	ofrecer|=ofrecio|=ofrece su mediación entre {T}

# --- CAMEO 04: consult, meet, visit, host, telephone
es.040.01	es	040	reunir con {T}
es.040.02	es	040	reunir	mutual
es.040.03	es	040	entrevistar +con {T}
es.040.04	es	040	mantener|=mantuvo|=mantuvieron|=mantiene|=mantienen|celebrar|sostener|=sostuvo|=sostuvieron reunión|encuentro|conversaciones|entrevista|consultas|diálogo con {T}
es.040.05	es	040	mantener|=mantuvo|=mantuvieron|=mantiene|=mantienen|celebrar|sostener|=sostuvo|=sostuvieron reunión|encuentro|conversaciones|cumbre|consultas	mutual
es.040.06	es	040	reunión|encuentro|conversaciones|cumbre con {T}	noun
es.040.07	es	040	reunión|encuentro|conversaciones|cumbre|negociaciones entre {S}	mutual,noun
es.040.08	es	040	conversar|dialogar con {T}
es.040.09	es	040	hablar con {T}
es.040.10	es	040	abordar|analizar|discutir|tratar +con {T}
es.040.11	es	040	consultar con {T}
es.040.12	es	040	cumbre bilateral con {T}	noun
es.040.13	es	040	abordar|analizar|repasar relaciones bilaterales|cooperación con {T}
es.041.01	es	041	conversación|llamada|charla telefónica con {T}	noun
es.041.02	es	041	mantener|=mantuvo|=mantuvieron|=mantiene|=mantienen|sostener|=sostuvo|=sostuvieron conversación|llamada telefónica con {T}
es.041.03	es	041	hablar|conversar por teléfono con {T}
es.041.04	es	041	telefonear a|al {T}
es.041.08	es	041	llamar por teléfono +a|al {T}
es.041.05	es	041	conversación|llamada telefónica entre {S}	mutual,noun
es.041.06	es	041	mantener|=mantuvo|=mantuvieron|sostener|=sostuvo|=sostuvieron conversación|llamada telefónica	mutual
es.041.07	es	041	{T} recibir llamada|llamada telefónica de|del {S}
es.042.01	es	042	visitar {T}
es.042.02	es	042	visita a|al {T}	noun
es.042.03	es	042	visita oficial|Estado|trabajo +a|al {T}	noun
es.042.04	es	042	llegar a|al {T}
es.042.05	es	042	viajar a|al {T}
es.042.06	es	042	gira por {T}	noun
es.042.07	es	042	realizar|iniciar|emprender|comenzar|=comenzo|=comienza visita|viaje|gira a|al|por {T}
es.042.08	es	042	aterrizar +en {T}
es.043.01	es	043	recibir a|al {T}
es.043.02	es	043	recibir en|este {T}
es.043.03	es	043	acoger|albergar a|al {T}
es.043.04	es	043	acoger|albergar conversaciones|negociaciones|reunión|cumbre|conferencia entre {T}
es.043.05	es	043	dar +la bienvenida +a|al {T}
es.044.01	es	044	reunir con {T} al margen
es.044.02	es	044	al +margen +de|del cumbre|reunión|asamblea con {T}	noun
es.045.01	es	045	mediar entre {T}
es.045.02	es	045	mediación entre {T}	noun
es.045.03	es	045	con la mediación de|del {S}	noun,notarget
es.046.01	es	046	negociar con {T}
es.046.02	es	046	negociaciones|negociación|diálogo con {T}	noun
es.046.03	es	046	negociar	mutual

# --- CAMEO 05: diplomatic cooperation
es.050.01	es	050	restablecer|=restablece|normalizar|establecer|=establece|reanudar relaciones|lazos|vínculos con {T}
es.050.02	es	050	restablecer|=restablece|normalizar|establecer|=establece|reanudar relaciones diplomáticas con {T}
es.050.03	es	050	restablecer|=restablece|normalizar|establecer|=establece|reanudar relaciones|lazos	mutual
es.050.04	es	050	cooperar|colaborar +con {T}
es.050.05	es	050	cooperación con {T}	noun
es.050.06	es	050	adherir|=adhirio|=adhiere|ingresar|incorporar +a|al|en {T}
es.050.07	es	050	adhesión|ingreso a|al|en {T}	noun
es.050.08	es	050	reabrir|=reabrio|=reabre|=reabierto|=reabierta embajada en {T}
es.050.09	es	050	acercamiento|normalización con {T}	noun
es.050.10	es	050	estrechar|reforzar|fortalecer|=fortalece|=fortalecio relaciones|lazos|vínculos|cooperación con {T}
es.051.01	es	051	elogiar {T}
es.051.02	es	051	alabar {T}
es.051.03	es	051	felicitar a|al {T}
es.051.04	es	051	agradecer a|al {T}
es.051.05	es	051	aplaudir {T}
es.051.06	es	051	celebrar decisión|anuncio|paso|iniciativa|propuesta|acuerdo|esfuerzos de|del {T}
es.051.07	es	051	saludar|acoger decisión|anuncio|paso|iniciativa|propuesta|esfuerzos de|del {T}
es.051.08	es	051	apoyar a|al {T}
es.051.09	es	051	respaldar a|al {T}
es.051.10	es	051	apoyo|respaldo a|al {T}	noun
es.051.11	es	051	expresar|mostrar|=muestra|=muestran|reiterar|reafirmar|manifestar|=manifiesta apoyo|respaldo a|al {T}
es.051.12	es	051	gratitud|agradecimiento a|al {T}	noun
es.051.13	es	051	destacar|valorar papel|labor|esfuerzos de|del {T}
es.051.14	es	051	elogio a|al {T}	noun
es.051.15	es	051	apoyar|respaldar {T}
es.052.01	es	052	defender|=defendio|=defiende|=defienden postura|posición|decisión|derecho de|del {T}
es.052.02	es	052	salir en defensa de|del {T}
es.054.01	es	054	reconocer|=reconocio|=reconoce|=reconocen a|al {T}
es.054.02	es	054	reconocimiento de|del {T}	noun
es.054.03	es	054	reconocer|=reconocio|=reconoce|=reconocen Estado|independencia|soberanía de|del {T}
es.055.01	es	055	pedir|=pidio|=pidieron|=pide|=piden perdón|disculpas +a|al {T}
es.055.02	es	055	disculpar +ante|con {T}
es.055.03	es	055	disculpas|perdón a|al {T}	noun
es.056.01	es	056	indultar a|al {T}
es.056.02	es	056	amnistiar a|al {T}
es.057.01	es	057	firmar|suscribir|=suscribio|rubricar acuerdo|pacto|tratado|memorando|convenio|acuerdos|declaración con {T}
es.057.02	es	057	firmar|suscribir|=suscribio|rubricar acuerdo|pacto|tratado|memorando|convenio|acuerdos|declaración	mutual
es.057.03	es	057	alcanzar|lograr|cerrar|=cierra|sellar acuerdo|pacto|entendimiento con {T}
es.057.04	es	057	alcanzar|lograr|cerrar|=cierra|sellar acuerdo|pacto|entendimiento	mutual
es.057.05	es	057	acuerdo|pacto|tratado|memorando|convenio con {T}	noun
es.057.06	es	057	acuerdo|pacto|tratado|memorando|convenio entre {S}	mutual,noun
es.057.07	es	057	ratificar acuerdo|tratado|pacto|convenio con {T}
es.057.08	es	057	acordar|=acuerda|=acuerdan con {T}
es.057.09	es	057	acordar|=acuerda|=acuerdan	mutual

# --- CAMEO 06: material cooperation
es.060.01	es	060	lanzar|impulsar|crear|marcha proyecto|proyectos|empresa con {T}
es.061.01	es	061	comerciar con {T}
es.061.02	es	061	invertir|=invierte|=invierten|=invirtio|=invirtieron en {T}
es.061.03	es	061	cooperación económica|comercial|energética con {T}	noun
es.061.04	es	061	acuerdo|tratado comercial|comercio con {T}	noun
es.061.05	es	061	inversión|inversiones en {T}	noun
es.062.01	es	062	maniobras|ejercicios militares conjuntos|conjuntas con {T}	noun
es.062.02	es	062	cooperación militar|defensa con {T}	noun
es.062.03	es	062	realizar|celebrar|cabo|iniciar|=inicio|comenzar|=comenzo maniobras|ejercicios conjuntos|conjuntas|militares	mutual
es.062.04	es	062	realizar|celebrar|cabo|iniciar|=inicio|comenzar|=comenzo maniobras|ejercicios conjuntos|conjuntas|militares con {T}
es.062.05	es	062	maniobras|ejercicios conjuntos|conjuntas|militares entre {S}	mutual,noun
es.063.01	es	063	extraditar a|al {T}
es.063.02	es	063	extradición a|al {T}	noun
es.063.03	es	063	entregar|extraditar a|al sospechoso|sospechosos|detenido|acusado a|al {T}
es.064.01	es	064	compartir inteligencia|información con {T}
es.064.02	es	064	intercambio de|del información|inteligencia con {T}	noun

# --- CAMEO 07: aid
es.070.01	es	070	enviar|entregar|proporcionar|=proporciono|donar|brindar|prestar|destinar|otorgar|conceder ayuda|asistencia|apoyo a|al|para {T}
es.070.02	es	070	ayuda|asistencia a|al|para {T}	noun
es.070.03	es	070	donación|donaciones a|al|para {T}	noun
es.070.04	es	070	{T} recibir ayuda|asistencia|apoyo de|del {S}
es.070.05	es	070	anunciar|aprobar|=aprueba|=aprueban ayuda|paquete|asistencia de|del|para|a|al {T}
es.071.01	es	071	préstamo|préstamos|crédito|créditos|financiación|rescate|desembolso|tramo a|al|para {T}	noun
es.071.02	es	071	aprobar|=aprueba|=aprueban|conceder|otorgar|desembolsar|entregar préstamo|préstamos|crédito|financiación|rescate|desembolso|tramo a|al|para|de|del {T}
es.071.03	es	071	ayuda económica|financiera a|al|para {T}	noun
es.071.05	es	071	condonar deuda de|del|a|al {T}
es.072.01	es	072	enviar|entregar|suministrar|proporcionar|=proporciono|vender|transferir|=transfiere armas|armamento|misiles|tanques|municiones|cazas|sistemas|drones|proyectiles a|al|para {T}
es.072.02	es	072	ayuda|asistencia|paquete militar a|al|para {T}	noun
es.072.03	es	072	armas|armamento|misiles|municiones|tanques|cazas a|al|para {T}	noun
es.072.04	es	072	=armo|=armaron|=arma|=arman|=armara a|al {T}
es.072.05	es	072	{T} recibir armas|armamento|misiles|tanques|cazas|municiones de|del {S}
es.072.06	es	072	venta|ventas|entrega|entregas|envío|envíos de|del armas|armamento|misiles a|al {T}	noun
es.072.07	es	072	enviar|entregar|suministrar sistemas de|del defensa antiaérea|antimisiles a|al {T}
es.073.01	es	073	ayuda humanitaria a|al|para {T}	noun
es.073.02	es	073	enviar|entregar|proporcionar|=proporciono|donar|destinar alimentos|medicinas|suministros|víveres|humanitaria a|al|para {T}
es.073.03	es	073	enviar|despachar avión|aviones|buque|barco|convoy|cargamento|toneladas con|de|del ayuda|alimentos|medicinas|suministros a|al|para {T}
es.073.04	es	073	ayuda alimentaria a|al|para {T}	noun
es.074.01	es	074	desplegar|=despliega|=despliegan|enviar cascos|pacificadores|paz a|al|en {T}
es.075.01	es	075	conceder|otorgar|dar asilo +a|al {T}
es.075.02	es	075	asilo a|al {T}	noun

# --- CAMEO 08: yield
es.080.01	es	080	ceder +ante {T}
es.081.01	es	081	levantar|aliviar|suavizar|flexibilizar restricciones a|al|contra|sobre {T}
es.0812.01	es	0812	levantar prohibición|veto a|al|contra|sobre {T}
es.0813.01	es	0813	levantar toque de|del queda	self
es.0814.01	es	0814	levantar estado de|del emergencia|excepción|sitio	self
es.0831.01	es	0831	dimitir	self
es.0831.02	es	0831	presentar|anunciar dimisión|renuncia	self
es.0841.01	es	0841	liberar a|al {T}
es.0841.02	es	0841	excarcelar a|al {T}
es.0841.03	es	0841	poner|=puesto|=puso|=pusieron|=pone|=ponen|=pondra|=pondran en libertad +a|al {T}
es.0841.04	es	0841	liberación|excarcelación|puesta en libertad de|del {T}	noun
es.0841.05	es	0841	intercambiar|canjear prisioneros|presos|detenidos|rehenes|cuerpos	mutual,both
es.0841.06	es	0841	intercambio|canje de|del prisioneros|presos|rehenes|detenidos entre {S}	mutual,noun,both
es.0841.07	es	0841	intercambiar|canjear prisioneros|presos|detenidos|rehenes con {T}	both
es.0841.08	es	0841	entregar prisioneros|presos|rehenes|cuerpos|restos|piloto|soldado|soldados|detenidos a|al {T}
es.0841.09	es	0841	liberar|excarcelar presos|prisioneros|detenidos|rehenes {T}
es.0842.01	es	0842	devolver|=devolvio|=devuelve|restituir|=restituyo|=devuelto bienes|activos|buque|barco|petrolero a|al {T}
es.085.01	es	085	levantar|aliviar|suavizar|flexibilizar sanciones|embargo|bloqueo a|al|contra|sobre {T}
es.085.02	es	085	levantamiento|alivio de|del sanciones|embargo a|al|contra|sobre {T}	noun
es.085.03	es	085	levantar sanciones	notarget
es.086.01	es	086	permitir|autorizar|aceptar inspectores|observadores|inspecciones de|del {T}
es.0861.01	es	0861	aceptar|permitir despliegue de|del cascos|paz	self
es.0862.01	es	0862	permitir|autorizar|aceptar|admitir inspectores|inspecciones|observadores	notarget
es.0863.01	es	0863	permitir|autorizar entrada de|del ayuda en|a|al {T}
es.0863.02	es	0863	permitir|autorizar acceso humanitario	notarget
es.0863.03	es	0863	abrir|=abrio|=abre|reabrir|=reabrio|=reabre|=abierto|=abierta|=reabierto|=reabierta corredor|corredores|paso|pasos humanitario|humanitarios|fronterizo|fronterizos	notarget
es.087.01	es	087	rebajar|reducir|=reduce|=redujo tensión|tensiones	notarget
es.0871.01	es	0871	alto +el|al +fuego con {T}	noun
es.0871.06	es	0871	tregua con {T}	noun
es.0871.02	es	0871	acordar|=acuerda|=acuerdan|pactar|alcanzar|lograr fuego|tregua|hostilidades	mutual
es.0871.03	es	0871	declarar|anunciar|decretar fuego|tregua	notarget
es.0871.04	es	0871	acordar|=acuerda|=acuerdan|pactar|alcanzar fuego|tregua +con {T}
es.0871.05	es	0871	alto +el|al +fuego entre {S}	mutual,noun
es.0871.07	es	0871	tregua entre {S}	mutual,noun
es.0872.01	es	0872	levantar|aliviar bloqueo|asedio|cerco a|al|de|del|sobre {T}
es.0873.01	es	0873	desmovilizar|desarmar combatientes|milicias|guerrilleros|fuerzas	self
es.0873.02	es	0873	entregar armas	notarget
es.0874.01	es	0874	retirar tropas|fuerzas|soldados|militares|contingente|misión de|del {T}
es.0874.02	es	0874	retirar +de|del {T}
es.0874.03	es	0874	retirada|repliegue de|del {T}	noun
es.0874.04	es	0874	retirada|salida de|del tropas|fuerzas de|del {T}	noun
es.0874.05	es	0874	rendir +ante {T}
es.0874.07	es	0874	salida de|del {T}	noun
es.083.01	es	083	aceptar|acceder a|al demandas|exigencias|condiciones de|del {T}

# --- CAMEO 09: investigate
es.090.01	es	090	investigar a|al {T}
es.090.02	es	090	investigación sobre|contra|a|al {T}	noun
es.090.03	es	090	abrir|=abrio|=abre|iniciar|lanzar|anunciar|=abierto|=abierta investigación|pesquisa|indagación contra|sobre|a|al|en {T}
es.090.04	es	090	enviar misión|equipo|expertos|inspectores|investigadores a|al {T} para investigar|evaluar|inspeccionar|verificar
es.090.05	es	090	inspectores|investigadores|expertos llegar +a|al {T}	noun
es.091.01	es	091	investigar a|al {T} por corrupción|fraude|soborno|blanqueo
es.092.01	es	092	investigar violaciones|abusos de|del derechos humanos de|del|por {T}
es.093.01	es	093	investigación sobre ataque|ataques|bombardeo|matanza|masacre|muerte|muertes en {T}	noun
es.094.01	es	094	investigar crímenes de|del|por|en {T}
es.094.02	es	094	investigación por crímenes contra|en {T}	noun

# --- CAMEO 10: demand
es.100.01	es	100	exigir|=exija|=exijan a|al {T}
es.100.02	es	100	exigir|=exija|=exijan {T}
es.100.03	es	100	reclamar a|al {T} que
es.100.04	es	100	emplazar a|al {T}
es.100.05	es	100	ordenar a|al {T}
es.100.06	es	100	conminar a|al {T}
es.100.07	es	100	exigencia a|al {T}	noun
es.1041.01	es	1041	exigir|=exija|=exijan dimisión|renuncia de|del {T}
es.1044.01	es	1044	exigir|=exija|=exijan a|al {T} convocar|celebrar elecciones
es.1053.01	es	1053	exigir|=exija|=exijan liberación|excarcelación|puesta en libertad de|del {T}
es.1053.02	es	1053	exigir|=exija|=exijan a|al {T} liberar|libere|liberen
es.1054.01	es	1054	exigir|=exija|=exijan levantamiento de|del sanciones|bloqueo|embargo contra|a|al|sobre {T}
es.1056.01	es	1056	exigir|=exija|=exijan retirada de|del tropas|fuerzas de|del {T}
es.1056.02	es	1056	exigir|=exija|=exijan a|al {T} retirar|retire|retiren
es.1056.03	es	1056	exigir|=exija|=exijan fuego|tregua en {T}
es.103.01	es	103	exigir|=exija|=exijan|reclamar indemnización|indemnizaciones|compensación|reparaciones a|al|de|del {T}
es.105.01	es	105	exigir|=exija|=exijan a|al {T} retirar|retire|retiren|abandonar|abandone|salir|salga
es.106.01	es	106	exigir|=exija|=exijan a|al {T} negociar|reanudar negociaciones|diálogo

# --- CAMEO 11: disapprove, criticise, accuse
es.110.01	es	110	oponer|=opuso|=opusieron|=opone|=oponen a|al {T}
es.110.03	es	110	expresar|manifestar|=manifiesta|mostrar|=muestra rechazo|oposición|desacuerdo a|al|con {T}
es.111.01	es	111	condenar|repudiar {T}
es.111.02	es	111	criticar {T}
es.111.03	es	111	denunciar {T}
es.111.04	es	111	censurar {T}
es.111.05	es	111	reprochar {T}
es.111.06	es	111	arremeter|cargar contra {T}
es.111.07	es	111	deplorar {T}
es.111.08	es	111	lamentar decisión|actitud|postura|medida de|del {T}
es.111.09	es	111	condena|condenas de|del|a|al {T}	noun
es.111.10	es	111	críticas|crítica a|al|contra {T}	noun
es.111.12	es	111	tachar|tildar|calificar a|al {T} de|del
es.111.13	es	111	fustigar {T}
es.111.14	es	111	recriminar {T}
es.111.15	es	111	condenar|criticar|denunciar golpe|asonada en {T}
es.111.16	es	111	condenar|criticar|denunciar|rechazar sanciones|aranceles|medidas|restricciones impuestas|adoptadas|anunciadas por {T}
es.111.17	es	111	condenar|criticar|denunciar|censurar ataque|ataques|bombardeo|bombardeos|ofensiva|incursión|agresión de|del {T}
es.112.01	es	112	acusar a|al {T}
es.112.02	es	112	culpar a|al {T}
es.112.03	es	112	responsabilizar a|al {T}
es.112.04	es	112	acusación|acusaciones contra|a|al {T}	noun
es.112.05	es	112	hacer|=hizo|=hicieron|=hace|=hacen|=hecho responsable +a|al {T}
es.112.06	es	112	acusar mutuamente	mutual
es.112.09	es	112	intercambiar acusaciones|reproches	mutual
es.112.07	es	112	señalar a|al {T} como responsable
es.112.08	es	112	atribuir|=atribuyo|=atribuyeron|=atribuye ataque|atentado|ataques|bombardeo +a|al {T}
es.1121.01	es	1121	acusar a|al {T} de|del corrupción|fraude|terrorismo|narcotráfico|contrabando|soborno
es.1122.01	es	1122	acusar a|al {T} de|del violaciones|abusos|torturas|represión
es.1123.01	es	1123	acusar a|al {T} de|del atacar|agresión|provocación|provocaciones|bombardear|invadir|disparar
es.1124.01	es	1124	acusar a|al {T} de|del crímenes|genocidio|masacre|masacres|limpieza
es.1125.01	es	1125	acusar a|al {T} de|del espionaje|espiar|injerencia|interferir|traición
es.114.01	es	114	convocar|citar a|al {T}
es.114.03	es	114	presentar|elevar|trasladar|enviar queja|protesta|denuncia a|al|ante {T}
es.114.04	es	114	protestar ante {T}
es.114.05	es	114	queja|protesta ante {T}	noun
es.115.01	es	115	demandar a|al {T}
es.115.02	es	115	denunciar a|al {T} ante
es.115.03	es	115	presentar|interponer demanda|denuncia|querella contra {T}
es.115.04	es	115	llevar a|al {T} ante +la Corte|justicia|tribunales
es.115.05	es	115	demanda|querella contra {T}	noun
es.116.01	es	116	condenar a|al {T} a|al prisión|cárcel|muerte|años|cadena
es.116.02	es	116	declarar culpable +a|al {T}
es.116.03	es	116	sentenciar a|al {T}

# --- CAMEO 12: reject
es.120.01	es	120	rechazar {T}
es.120.02	es	120	rechazo a|al|de|del {T}	noun
es.120.03	es	120	desestimar {T}
es.120.04	es	120	rechazar|desestimar propuesta|plan|peticiones|petición|exigencias|demandas|acusaciones|llamamiento de|del {T}
es.120.05	es	120	rechazar|desestimar|descartar|=descarto propuesta|plan|oferta|peticiones|exigencias|demandas|acusaciones|llamamiento|llamado|iniciativa|ultimátum de|del {T}
es.120.07	es	120	rechazar|desconocer|=desconoce|=desconocio jurisdicción|competencia|autoridad|legitimidad de|del {T}
es.120.08	es	120	negar|=nego|=niega|=niegan acusaciones|acusación|señalamientos de|del {T}
es.121.01	es	121	rechazar cooperar|cooperación con {T}
es.125.01	es	125	rechazar|descartar|=descarto negociar|negociaciones|diálogo|conversaciones con {T}
es.125.02	es	125	negar|=nego|=niega|=niegan a|al negociar|dialogar|reunirse con {T}
es.126.01	es	126	rechazar|descartar|=descarto mediación de|del {T}
es.126.02	es	126	rechazar|descartar|=descarto mediación	notarget
es.127.01	es	127	rechazar|descartar|=descarto plan|propuesta|iniciativa de|del paz de|del {T}
es.124.01	es	124	negar|=nego|=niega|=niegan a|al retirar|retirarse|liberar|entregar|extraditar	self
es.124.02	es	124	negar|=nego|=niega|=niegan a|al liberar|entregar|extraditar +a|al {T}
es.128.01	es	128	violar|vulnerar soberanía|espacio aéreo|territorio|integridad territorial de|del {T}
es.128.02	es	128	violación de|del soberanía|espacio aéreo|territorio de|del {T}	noun
es.128.03	es	128	desafiar {T}
es.128.04	es	128	desoír|desoir|=desoye|=desoyo|ignorar llamamientos|llamados|advertencias|resolución|resoluciones de|del {T}
es.129.01	es	129	vetar {T}
es.129.02	es	129	veto a|al|de|del {T}	noun
es.129.03	es	129	bloquear {T} resolución|propuesta|adhesión|ayuda|paquete|fondos
es.129.04	es	129	bloquear resolución|propuesta|adhesión|paquete|ayuda|fondos|préstamo de|del|para|a|al {T}
es.129.05	es	129	vetar resolución|propuesta|paquete|ayuda de|del|para|sobre {T}

# --- CAMEO 13: threaten
es.130.01	es	130	amenazar {T*}
es.130.02	es	130	amenazar con {T*}
es.130.03	es	130	advertir|=advirtio|=advirtieron|=advierte|=advierten|=advirtiendo a|al {T}
es.130.04	es	130	amenaza|amenazas contra|a|al {T}	noun
es.130.05	es	130	responder|=respondera|reaccionar con firmeza|contundencia|dureza|fuerza a|al|ante|contra {T}
es.130.06	es	130	advertir|=advirtio|=advirtieron|=advierte|=advierten de|del consecuencias|represalias a|al|para|contra {T}
es.130.07	es	130	prometer|=promete venganza|represalias|respuesta contra|a|al {T}
es.1311.01	es	1311	amenazar con cortar|suspender|congelar ayuda|fondos|financiación a|al|para {T}
es.1312.01	es	1312	amenazar con sanciones|represalias económicas a|al|contra {T}
es.1312.02	es	1312	amenazar con imponer|=impondra|=impuesto|=impuesta|=impuestas sanciones|aranceles|tarifas|gravámenes a|al|contra|sobre {T}
es.1312.03	es	1312	amenazar con aranceles|tarifas|gravámenes a|al|contra|sobre {T}
es.1313.01	es	1313	amenazar con romper|cortar|rebajar|=roto|=rota relaciones|lazos con {T}
es.132.01	es	132	amenazar con expulsar|suspender +a|al {T}
es.134.01	es	134	amenazar con suspender|abandonar|romper|=roto|=rota negociaciones|diálogo|conversaciones con {T}
es.137.01	es	137	amenazar con reprimir {T}
es.138.01	es	138	amenazar con acción|intervención|respuesta militar contra|en {T}
es.138.02	es	138	amenazar con usar|utilizar|emplear +la fuerza contra|en {T}
es.138.03	es	138	amenazar con represalias|responder|tomar medidas contra|a|al {T}
es.138.04	es	138	prometer|=promete|jurar|amenazar con aplastar|destruir|eliminar|aniquilar +a|al {T}
es.1381.01	es	1381	amenazar con bloquear +a|al {T}
es.1382.01	es	1382	amenazar con invadir|ocupar {T}
es.1384.01	es	1384	amenazar con atacar|bombardear {T}
es.1385.01	es	1385	amenazar con usar|utilizar|emplear nucleares|nuclear contra {T}
es.139.01	es	139	ultimátum a|al {T}	noun
es.139.02	es	139	dar|=dio|=dieron|lanzar ultimátum a|al {T}
es.139.03	es	139	dar|=dio|=dieron|conceder a|al {T} plazo|horas|días|semanas

# --- CAMEO 14: protest
es.141.01	es	141	protestar|marchar|=manifestaron|=manifiestan|=manifestaban +en|contra|frente|ante|por	self
es.141.02	es	141	manifestar|=manifiestan|=manifestaron|protestar|concentrar|marchar contra {T}
es.141.03	es	141	salir|=salen|=salieron a|al +las +calles	self
es.141.04	es	141	protesta|protestas|manifestación|manifestaciones|marcha|marchas|movilizaciones contra {T}	noun
es.141.05	es	141	convocar|celebrar|organizar|protagonizar protesta|protestas|manifestación|manifestaciones|marcha|marchas|concentración|concentraciones|movilizaciones	self
es.141.06	es	141	protestar|manifestar|=manifestaron|concentrar ante|frente +a|al {T}
es.141.07	es	141	tomar +las +calles	self
es.1411.01	es	1411	exigir|=exija|=exijan|pedir|=pidio|=pidieron|=piden dimisión|renuncia de|del {T}	noun
es.1412.01	es	1412	protestar|manifestar|=manifiestan|=manifestaron contra ley|reforma|recortes|subida|impuestos|precios|política|medidas|decisión	self
es.142.01	es	142	huelga de|del hambre	self,noun
es.142.02	es	142	iniciar|=inicio|declarar|mantener huelga de|del hambre	self
es.143.01	es	143	huelga general|nacional|indefinida	self,noun
es.143.02	es	143	convocar|iniciar|=inicio|secundar|realizar|declarar huelga|paro|paros|huelgas	self
es.143.03	es	143	declarar|=declaran +en +huelga	self
es.143.04	es	143	boicotear {T} elecciones|comicios|votación
es.143.05	es	143	boicotear elecciones|comicios	self
es.144.01	es	144	bloquear carretera|carreteras|autopista|autopistas|vías|puerto|accesos	self
es.144.02	es	144	cortar carretera|carreteras|rutas|vías|accesos	self
es.144.03	es	144	bloqueos|cortes de|del carreteras|rutas	self,noun
es.145.02	es	145	enfrentar con +la +policía	self
es.145.03	es	145	asaltar|irrumpir en {T} embajada|parlamento|Congreso|sede
es.145.04	es	145	incendiar|quemar sede|edificio|edificios|comisaría|vehículos|coches|neumáticos	self
es.145.06	es	145	prender +fuego +a|al sede|edificio|edificios|comisaría|vehículos|coches	self
es.145.05	es	145	saquear tiendas|comercios|edificios	self

# --- CAMEO 15: force posture
es.150.01	es	150	demostración de|del fuerza	self,noun
es.150.02	es	150	maniobras|ejercicios militares cerca|alrededor|frente|torno {T}	noun
es.150.03	es	150	realizar|iniciar|cabo|lanzar|celebrar|desarrollar|efectuar|=efectuo|protagonizar|comenzar|=comenzo maniobras|ejercicios cerca|alrededor|torno|frente {T}
es.150.04	es	150	maniobras|ejercicios militares|navales|aéreos	self,noun
es.152.01	es	152	poner|=puso|=pusieron|=pone|=ponen|situar|=puesto tropas|fuerzas|ejército|militares alerta	self
es.152.02	es	152	elevar|aumentar nivel de|del alerta	self
es.152.03	es	152	declarar|decretar|activar alerta máxima	self
es.153.01	es	153	desplegar|=despliega|=despliegan policías|agentes|antidisturbios	self
es.154.01	es	154	desplegar|=despliega|=despliegan tropas|fuerzas|soldados|militares|efectivos|tanques|buques|misiles|cazas en|a|al {T}
es.154.02	es	154	desplegar|=despliega|=despliegan tropas|fuerzas|soldados|militares|efectivos|tanques|buques|misiles|cazas	self
es.154.03	es	154	concentrar|acumular tropas|fuerzas|soldados frontera con {T}
es.154.12	es	154	concentrar|acumular tropas|fuerzas|soldados cerca de|del {T}
es.154.04	es	154	movilizar tropas|fuerzas|reservistas|militares	self
es.154.05	es	154	movilización militar|general	self,noun
es.154.06	es	154	enviar tropas|fuerzas|soldados|militares|efectivos|refuerzos|buques|portaaviones|destructores a|al {T}
es.154.07	es	154	despliegue de|del tropas|fuerzas|soldados|militares en|cerca {T}	noun
es.154.08	es	154	reforzar|=refuerza|=refuerzan presencia militar en frontera con {T}
es.154.09	es	154	desplegar|=despliega|=despliegan|enviar tropas|fuerzas|soldados|militares|efectivos adicionales a|al {T}
es.154.10	es	154	enviar|desplegar|=despliega|=despliegan buques|portaaviones|submarinos|destructores|fragatas	notarget

# --- CAMEO 16: reduce relations
es.160.01	es	160	rebajar|reducir|=reduce|=redujo relaciones|lazos con {T}
es.160.02	es	160	suspender|congelar cooperación|relaciones|contactos con {T}
es.160.03	es	160	suspender|congelar a|al {T} de|del
es.160.04	es	160	suspender|congelar participación|membresía de|del {T}
es.160.05	es	160	suspender|anular|cancelar|congelar|denunciar acuerdo|tratado|pacto|convenio con {T}
es.160.06	es	160	suspensión de|del {T}	noun
es.161.01	es	161	romper|=roto|=rota relaciones|lazos|vínculos con {T}
es.161.02	es	161	ruptura de|del relaciones con {T}	noun
es.161.03	es	161	llamar a|al consultas +a|al +su|sus embajador|embajadores|embajadora|representante en {T}
es.161.04	es	161	retirar embajador|embajadora|enviado de|del {T}
es.161.05	es	161	cerrar|=cierra|=cierran embajada|consulado en {T}
es.161.06	es	161	retirar a|al +su embajador en {T}
es.162.01	es	162	suspender|congelar|cortar|recortar|retirar ayuda|asistencia|financiación|fondos a|al|para {T}
es.1622.01	es	1622	suspender|=suspendio|congelar|detener|=detuvo|=detiene|paralizar|frenar|prohibir|bloquear|vetar entrega|entregas|envío|envíos|venta|ventas|exportación|exportaciones|suministro|suministros|transferencia de|del armas|armamento|material a|al {T}
es.163.01	es	163	imponer|=impuso|=impusieron|=impone|=imponen|=impondra|=impondria|aplicar|adoptar|aprobar|=aprueba|=aprueban|=impuesto|=impuesta|=impuestas sanciones|embargo|aranceles|gravámenes|restricciones a|al|contra|sobre {T}
es.163.02	es	163	sancionar a|al {T}
es.163.03	es	163	sanciones|sanción contra|a|al|sobre {T}	noun
es.163.04	es	163	embargo contra|a|al|sobre {T}	noun
es.163.05	es	163	boicotear {T}
es.163.06	es	163	congelar activos|bienes|fondos de|del {T}
es.163.07	es	163	incluir a|al {T} en lista negra
es.163.08	es	163	prohibir|suspender|restringir importaciones|exportaciones|comercio|vuelos a|al|de|del|con|desde {T}
es.163.09	es	163	aranceles|gravámenes|tarifas a|al|contra|sobre {T}	noun
es.163.10	es	163	paquete de|del sanciones contra|a|al {T}	noun
es.163.11	es	163	endurecimiento|endurecer bloqueo|embargo|sanciones contra|a|al {T}
es.163.12	es	163	sancionar personas|entidades|empresas|funcionarios vinculados|vinculadas|relacionados|ligados|ligadas a|al|con {T}
es.164.01	es	164	suspender|romper|abandonar|interrumpir|congelar|=roto|=rota negociaciones|diálogo|conversaciones con {T}
es.164.02	es	164	levantar|retirar de|del mesa de|del negociación|diálogo con {T}
es.166.01	es	166	expulsar a|al {T}
es.166.02	es	166	expulsión de|del {T}	noun
es.166.03	es	166	declarar persona +non +grata +a|al {T}
es.166.04	es	166	declarar a|al {T} persona +non +grata
es.166.05	es	166	ordenar a|al {T} abandonar|salir +del +país
es.166.06	es	166	dar|=dio|=dieron a|al {T} horas|días para abandonar
es.1661.01	es	1661	expulsar|retirar cascos|pacificadores|paz	notarget
es.1662.01	es	1662	expulsar inspectores|observadores	notarget
es.1663.01	es	1663	expulsar organizaciones|ONG|cooperantes	notarget

# --- CAMEO 17: coerce
es.171.01	es	171	incautar {T}
es.171.02	es	171	confiscar {T}
es.171.03	es	171	decomisar {T}
es.171.04	es	171	apresar buque|barco|petrolero|carguero {T}
es.171.05	es	171	incautación|confiscación|apresamiento de|del {T}	noun
es.171.06	es	171	apoderar +de|del {T}
es.171.07	es	171	requisar {T}
es.1711.01	es	1711	confiscar|expropiar|nacionalizar bienes|activos|propiedades|tierras de|del {T}
es.1712.01	es	1712	demoler|=demolio|=demuele|derribar viviendas|casas|edificios de|del|en {T}
es.1712.02	es	1712	destruir|=destruyo|=destruyeron|=destruye viviendas|casas|infraestructura|infraestructuras en|de|del {T}
es.172.01	es	172	prohibir {T}
es.172.02	es	172	prohibir|vetar entrada de|del|a|al {T}
es.172.03	es	172	ilegalizar {T}
es.172.04	es	172	disolver|=disolvio|=disuelve|=disuelto|=disuelta {T}
es.172.05	es	172	prohibir a|al {T} trabajar|salir|entrar|viajar|participar
es.172.06	es	172	ordenar|decretar cierre|clausura de|del {T}
es.172.07	es	172	ordenar|decretar cierre|clausura de|del organizaciones|ONG|medios|periódicos|universidades	self
es.172.08	es	172	cancelar|revocar personería|personalidad|licencia|licencias|registro de|del {T}
es.1721.01	es	1721	restringir {T} libertad|libertades
es.1722.01	es	1722	ilegalizar|prohibir|disolver|=disolvio|=disuelto|=disuelta partido|partidos	self
es.1723.01	es	1723	imponer|=impuso|=impusieron|=impone|decretar|declarar|=impuesto|=impuesta|=impuestas toque de|del queda	self
es.1724.01	es	1724	declarar|decretar|imponer|=impuso|=impusieron|=impone|=impuesto|=impuesta|=impuestas estado de|del emergencia|excepción|sitio|alarma	self
es.1724.02	es	1724	declarar|decretar|imponer|=impuso|=impuesto|=impuesta|=impuestas ley marcial	self
es.1724.03	es	1724	estado de|del emergencia|excepción|sitio	self,noun
es.1724.04	es	1724	prorrogar|extender|=extendio|=extiende|ampliar estado de|del emergencia|excepción|sitio	self
es.1724.05	es	1724	prorrogar|extender|=extendio|=extiende|ampliar ley marcial	self
es.173.01	es	173	detener|=detuvo|=detuvieron|=detiene|=detienen|=detendra a|al {T}
es.173.03	es	173	arrestar a|al {T}
es.173.04	es	173	arrestar	self
es.173.05	es	173	encarcelar a|al {T}
es.173.06	es	173	capturar a|al {T}
es.173.07	es	173	imputar|procesar|acusar formalmente +a|al {T}
es.173.08	es	173	orden|órdenes de|del arresto|detención|captura|busca contra {T}	noun
es.173.09	es	173	emitir|dictar|expedir orden|órdenes de|del arresto|detención|captura contra {T}
es.173.10	es	173	detención|arresto|captura de|del {T}	noun
es.173.11	es	173	apresar a|al {T}
es.173.12	es	173	redada|redadas contra {T}	noun
es.174.01	es	174	deportar a|al {T}
es.174.02	es	174	deportación|deportaciones de|del {T}	noun
es.174.03	es	174	expulsar a|al migrantes|inmigrantes|refugiados {T}
es.175.01	es	175	reprimir a|al {T}
es.175.02	es	175	represión contra|de|del {T}	noun
es.175.03	es	175	dispersar a|al {T}
es.175.04	es	175	lanzar|disparar|usar|utilizar lacrimógenos|lacrimógeno|goma|agua|gases|perdigones contra {T}
es.175.06	es	175	mano dura contra {T}	noun
es.176.01	es	176	ciberataque|ciberataques contra {T}	noun
es.176.02	es	176	hackear|piratear {T}
es.176.03	es	176	ataque|ataques informático|informáticos contra {T}	noun

# --- CAMEO 18: assault
es.180.01	es	180	atentado|atentados contra {T}	noun
es.181.01	es	181	secuestrar a|al {T}
es.181.02	es	181	secuestro de|del {T}	noun
es.181.03	es	181	raptar a|al {T}
es.181.04	es	181	tomar|=toma|=tomo|=tomaron +como +rehenes|rehén +a|al {T}
es.182.01	es	182	agredir|golpear|apalear a|al {T}
es.182.02	es	182	herir|=hirio|=hirieron|=hiere a|al {T}
es.1821.01	es	1821	violar|agredir sexualmente +a|al {T}
es.1821.02	es	1821	violencia sexual contra {T}	noun
es.1822.01	es	1822	torturar a|al {T}
es.1822.02	es	1822	tortura|torturas a|al|contra {T}	noun
es.1823.01	es	1823	matar a|al {T}
es.1823.02	es	1823	asesinar a|al {T}
es.1823.03	es	1823	ejecutar a|al {T}
es.1823.04	es	1823	abatir a|al {T}
es.1823.05	es	1823	asesinato|asesinatos|muerte|ejecución|ejecuciones de|del {T}	noun
es.1823.06	es	1823	acabar con +la +vida +de|del {T}
es.1823.07	es	1823	matar {T}
es.1823.08	es	1823	morir|=murio|=murieron|=muere|=mueren|fallecer|=fallecio|=fallecieron en|por|tras	victim
es.1823.09	es	1823	perder|=perdio|=perdieron +la +vida en|por	victim
es.183.01	es	183	atentado|ataque con bomba|explosivos contra {T}	noun
es.1831.01	es	1831	atentado|ataque|ataques suicida|suicidas	noun
es.1831.02	es	1831	terrorista|atacante suicida	noun
es.1831.03	es	1831	inmolar	self
es.1832.01	es	1832	coche|carro bomba	noun
es.1833.01	es	1833	artefacto explosivo improvisado	noun
es.185.01	es	185	intento de|del asesinato|atentado contra {T}	noun
es.185.02	es	185	intentar asesinar|matar +a|al {T}
es.186.01	es	186	asesinar +al +líder|presidente|jefe|dirigente|comandante {T}
es.186.02	es	186	asesinato de|del {T}	noun

# --- CAMEO 19: fight
es.190.01	es	190	atacar|asaltar {T}
es.190.02	es	190	ataque|ataques contra|sobre|a|al {T}	noun
es.190.03	es	190	lanzar|perpetrar|=perpetro|efectuar|cabo ataque|ataques|ofensiva|ofensivas contra|sobre {T}
es.190.04	es	190	ofensiva contra|sobre {T}	noun
es.190.05	es	190	combatir +a|al|contra {T}
es.190.06	es	190	luchar contra {T}
es.190.07	es	190	enfrentar|chocar +con|contra {T}
es.190.08	es	190	enfrentamientos|combates|choques con|contra {T}	noun
es.190.09	es	190	enfrentamientos|combates|choques entre {S}	mutual,noun
es.190.11	es	190	lanzar|disparar|=disparo misiles|misil|cohetes|cohete|drones|dron|proyectiles|obuses|morteros contra|sobre|hacia|a|al {T}
es.190.12	es	190	ataque|ataques con misiles|drones|cohetes contra|sobre {T}	noun
es.190.13	es	190	derribar {T}
es.190.15	es	190	irrumpir +en {T}
es.190.16	es	190	golpear|alcanzar {T} posiciones|objetivos|bases|base
es.190.17	es	190	avanzar +hacia|sobre {T}
es.190.18	es	190	incursión|incursiones en|contra {T}	noun
es.190.19	es	190	emboscada|emboscadas contra {T}	noun
es.190.20	es	190	tender|=tendio|=tendieron emboscada a|al {T}
es.190.21	es	190	misiles|misil|cohetes|drones|proyectiles +impactaron|alcanzaron|golpearon {T}	noun
es.190.22	es	190	tomar|=tomo|=tomaron|=toma control de|del {T}
es.190.23	es	190	atacar|alcanzar buque|barco|buques|barcos|petrolero|carguero|mercante	notarget
es.190.24	es	190	intercambiar disparos|fuego|ataques	mutual
es.190.25	es	190	intercambiar disparos|fuego con {T}
es.190.26	es	190	operación|operaciones|campaña militar contra {T}	noun
es.190.27	es	190	guerra contra {T}	noun
es.190.28	es	190	responder|=respondio|contraatacar|represalias contra {T}
es.190.29	es	190	reconquistar|recuperar {T}
es.190.30	es	190	atacar|bombardear|=bombardeo objetivos|posiciones|instalaciones de|del {T}
es.191.02	es	191	sitiar|asediar|cercar {T}
es.191.03	es	191	asedio|cerco|sitio de|del|a|al {T}	noun
es.191.04	es	191	bloqueo de|del|a|al|contra|sobre {T}	noun
es.191.05	es	191	imponer|=impuso|=impusieron|=impuesto|=impuesta|=impuestas bloqueo|asedio|cerco a|al|sobre {T}
es.191.06	es	191	bloquear|impedir|frenar entrada|paso de|del ayuda|suministros|alimentos a|al|en {T}
es.191.07	es	191	cortar suministro|electricidad|agua|combustible a|al {T}
es.192.01	es	192	invadir {T}
es.192.02	es	192	invasión de|del|a|al {T}	noun
es.192.03	es	192	ocupar territorio|territorios|zona|zonas|parte|sur|norte|este|oeste|franja|región|ciudad|localidad|capital de|del {T}
es.192.04	es	192	ocupación de|del {T}	noun
es.192.05	es	192	anexionar|anexar {T}
es.192.06	es	192	tomar|=tomo|=tomaron|capturar|conquistar ciudad|localidad|pueblo|aldea|aeropuerto|base|capital|región|provincia de|del {T}
es.192.07	es	192	=hizo|=hicieron|=hace|=hacen +con +el +control +de|del {T}
es.193.01	es	193	abrir|=abrio|=abrieron|=abierto|=abierta fuego contra|sobre {T}
es.193.02	es	193	disparar +contra|sobre|a|al {T}
es.193.03	es	193	tiroteo|disparos contra {T}	noun
es.194.01	es	194	bombardear {T}
es.194.02	es	194	bombardeo|bombardeos de|del|contra|sobre {T}	noun
es.194.03	es	194	cañonear|cañoneo {T}
es.194.04	es	194	fuego de|del artillería|artillero contra|sobre {T}	noun
es.194.05	es	194	atacar|bombardear con artillería {T}
es.195.01	es	195	ataque|ataques|bombardeo|bombardeos aéreo|aéreos contra|sobre {T}	noun
es.195.02	es	195	lanzar|realizar|efectuar|cabo ataques|bombardeos|incursiones aéreos|aéreas contra|sobre|en {T}
es.195.03	es	195	ataques|bombardeos aéreos	noun,notarget
es.195.04	es	195	aviación|aviones|cazas bombardear {T}	noun
es.195.05	es	195	ataque|ataques con dron|drones contra {T}	noun
es.195.06	es	195	ataques|bombardeos aéreos de|del|por {S} en|contra|sobre {T}	noun
es.196.01	es	196	violar|vulnerar fuego|tregua	notarget
es.196.02	es	196	violación|violaciones fuego|tregua	notarget,noun
es.196.03	es	196	violar|vulnerar fuego|tregua con {T}

# --- CAMEO 20: mass violence
es.200.01	es	200	atrocidades contra {T}	noun
es.200.02	es	200	matanza|matanzas de|del {T}	noun
es.201.01	es	201	expulsión|desplazamiento masivo|forzoso de|del {T}	noun
es.202.01	es	202	masacrar a|al {T}
es.202.02	es	202	masacre|masacres de|del|contra {T}	noun
es.202.03	es	202	genocidio contra|de|del {T}	noun
es.202.04	es	202	cometer|perpetrar|=perpetro genocidio|masacre|masacres|matanza|matanzas contra|en {T}
es.203.01	es	203	limpieza étnica contra|de|del {T}	noun
es.203.02	es	203	cabo|cometer limpieza étnica contra|en {T}
es.2041.01	es	2041	ataque|ataques químico|químicos contra {T}	noun
es.2041.02	es	2041	usar|utilizar|emplear armas químicas contra|en {T}
es.2041.03	es	2041	usar|utilizar|emplear químicas|sarín|cloro|tóxico|tóxicos	self
es.2042.01	es	2042	ataque|ataques nuclear|nucleares contra {T}	noun
es.204.01	es	204	usar|utilizar|emplear armas de|del destrucción masiva contra {T}

# --- Spanish light-verb constructions (lanzar un ataque, aprobar un paquete):
# the verb is not an event of its own, but the engine's subject search stops
# at it, so the whole construction is written out.
es.190.31	es	190	lanzar|efectuar|cabo|perpetrar ataque|ataques|ofensiva con drones|misiles|cohetes|artillería contra|sobre|a|al {T}
es.163.13	es	163	aprobar|=aprueba|=aprueban|anunciar|adoptar|imponer|=impuso|=impusieron|preparar|=impuesto|=impuesta|=impuestas paquete|ronda|batería sanciones contra|a|al|sobre {T}
es.190.32	es	190	intensificar|continuar|proseguir|reanudar ataques|ofensiva|bombardeos contra|sobre|en {T}
# Event nouns with the agent after them, as Spanish writes them ("el ataque
# israelí contra Gaza", "los bombardeos rusos sobre Járkov").
es.190.33	es	190	ataque|ataques|ofensiva|incursión|incursiones {S} +contra|sobre|en {T}	noun
es.194.06	es	194	bombardeo|bombardeos {S} +contra|sobre|en|de|del {T}	noun
es.111.18	es	111	condenar|criticar|denunciar|censurar|deplorar ataque|ataques|bombardeo|bombardeos|ofensiva|incursión|agresión|invasión|ocupación {T} contra|sobre|en|a|al|de|del|cerca|durante|y
es.111.19	es	111	{S} condenar|criticar|denunciar|censurar|deplorar ataque|ataques|bombardeo|bombardeos|ofensiva|incursión|agresión|invasión|ocupación {T} contra|sobre|en|a|al|de|del|cerca|durante|y
es.070.06	es	070	donar|=dono|aportar a|al|para {T}
es.046.04	es	046	reanudar|retomar|iniciar|=inicio|entablar|abrir|=abierto|=abierta negociaciones|diálogo|conversaciones	mutual
es.046.05	es	046	reanudar|retomar|iniciar|=inicio|entablar|abrir|=abierto|=abierta negociaciones|diálogo|conversaciones con {T}
es.161.07	es	161	retirar embajador|embajadora de|del {T}
es.161.08	es	161	retirar a|al +su embajador|embajadora en {T}
es.041.09	es	041	hablar|conversar|dialogar por teléfono	mutual
es.050.11	es	050	reabrir|=reabrio|=reabre|=reabriran|=reabrira|=reabierto|=reabierta embajada|embajadas	mutual
es.090.06	es	090	investigar muerte|muertes|ataque|ataques|crímenes|abusos|violaciones|masacre|matanza|bombardeo en {T}
es.129.06	es	129	bloquear|vetar paquete|sanciones|resolución|acuerdo|adhesión|ayuda|propuesta de|del|para {T}
es.192.08	es	192	ocupar militarmente {T}
es.057.12	es	057	llegar|=llego|=llegaron a|al acuerdo|entendimiento|pacto|consenso con {T}
es.057.13	es	057	llegar|=llego|=llegaron a|al acuerdo|entendimiento|pacto|consenso	mutual
es.145.07	es	145	protagonizar|provocar|causar disturbios|altercados|revueltas|saqueos	self
es.072.08	es	072	aprobar|=aprueba|=aprueban|autorizar venta|ventas|envío|envíos|entrega|entregas de armas|armamento|misiles|cazas|drones a|al {T}
es.166.08	es	166	ordenar|decretar|anunciar expulsión de|del {T}
es.1724.06	es	1724	prorrogar|extender|=extendio|=extiende|ampliar|decretar|declarar|imponer|=impuso|=impuesto|=impuesta|=impuestas régimen de excepción	self
es.190.34	es	190	misil|misiles|cohete|cohetes|proyectiles {S} impactar|alcanzar|golpear {T}	noun
es.190.35	es	190	enfrentar|chocar|combatir frontera|fronteriza|militarmente	mutual
es.160.07	es	160	suspender a|al {T}
es.171.08	es	171	interceptar|abordar|apresar buque|barco|petrolero|carguero|embarcación|lancha|flotilla	notarget
es.039.04	es	039	dispuesto|dispuesta|disposición|preparado|preparada a|para mediar entre {T}	noun
es.170.01	es	170	presionar|coaccionar a|al {T} para
es.184.01	es	184	usar|utilizar|emplear a|al {T} como escudos
es.184.02	es	184	escudos humanos	notarget,noun
es.051.16	es	051	cerrar|=cierra|=cierran filas con|junto {T}
es.030.10	es	030	tender|=tiende|=tienden|=tendio +la +mano a|al {T}
es.036.12	es	036	apostar|=apuesta|=apuestan por +el diálogo|negociación|negociaciones con {T}
es.190.36	es	190	ataque|ataques|bombardeo|bombardeos|ofensiva {S} dejar|=dejo|=dejaron|causar|=causo muertos|víctimas|heridos|fallecidos en {T}	noun
es.053.01	es	053	recabar|buscar|reunir apoyos|apoyo para|a {T}
es.050.12	es	050	estrechar|reforzar|=refuerzan|=refuerza|fortalecer|=fortalecen|ampliar|intensificar|profundizar relaciones|lazos|vínculos|cooperación	mutual
es.154.13	es	154	anunciar|ordenar|aprobar|autorizar envío|despliegue de tropas|soldados|militares|efectivos|fuerzas|refuerzos a|al|en {T}
es.154.14	es	154	envío|despliegue de tropas|soldados|militares|efectivos|fuerzas|refuerzos a|al {T}	noun
es.161.09	es	161	romper|=roto relaciones|lazos|vínculos	mutual
es.0874.11	es	0874	anunciar|confirmar|formalizar|oficializar retirada|salida de|del {T}

# --- round 2 (es-dev2): constructions of wire copy the first round lacked
es.020.51	es	020	pedir|=pidio|=pidieron|=pide|=piden|reclamar|exigir|instar alto +el +fuego en {T}
es.020.52	es	020	pedir|=pidio|=pidieron|=pide|=piden|reclamar|exigir|instar cese +de|del +las +hostilidades en {T}
es.0256.51	es	0256	pedir|=pidio|=pidieron|=pide|=piden|reclamar|exigir desescalada|desescalada|calma|contención en {T}
es.040.51	es	040	mantener|=mantuvo|=mantuvieron|=mantiene|=mantienen|celebrar|sostener|=sostuvo|=sostuvieron ronda|rondas conversaciones|negociaciones|contactos|consultas	mutual
es.040.52	es	040	mantener|=mantuvo|=mantuvieron|=mantiene|=mantienen|celebrar|sostener|=sostuvo|=sostuvieron ronda|rondas conversaciones|negociaciones|contactos|consultas con {T}
es.040.53	es	040	reunirse|=reunio|=reunieron|=reune|=reunen|entrevistarse con {T}
es.040.54	es	040	encuentro|reunión bilateral con {T}	noun
es.041.51	es	041	conversación|llamada telefónica	mutual,noun
es.041.52	es	041	telefonear|llamar por teléfono	mutual
es.042.52	es	042	desplazar|=desplazo|trasladar|=traslado hasta|a|al {T}
es.042.53	es	042	llegar|=llego|=llegaron|aterrizar|=aterrizo este {T}
es.043.51	es	043	recibir|=recibio en su despacho|residencia|palacio a|al {T}
es.051.51	es	051	felicitar|=felicito|=felicitaron|elogiar|=elogio|alabar|aplaudir|=aplaudio|celebrar a|al {T}
es.051.52	es	051	agradecer|=agradecio|=agradece a|al {T}
es.072.51	es	072	enviar|=envio|=enviaron|=enviara|entregar|suministrar|transferir a|al {T} armas|armamento|misiles|sistema|sistemas|baterías|tanques|cazas|drones|municiones|proyectiles
es.073.51	es	073	enviar|=envio|=enviaron|=enviara|donar|entregar|destinar|despachar toneladas|material|materiales|medicamentos|equipos|kits|tiendas|generadores|víveres a|al|para {T}
es.073.52	es	073	envío|entrega|llegada de|del ayuda|suministros|alimentos|medicamentos|víveres a|al {T}	noun
es.1123.51	es	112	responsabilizar|culpar|=culpo|=culparon|=culpa|=culpan a|al {T}
es.111.51	es	111	calificar|tachar ataque|ataques|bombardeo|bombardeos|ofensiva|operación|ocupación|declaraciones {T} de
es.111.52	es	111	condenar|criticar|denunciar forma|manera ataque|ataques|bombardeo|bombardeos|ofensiva|declaraciones|decisión de|del {T}
es.111.53	es	111	condena|condenas|críticas|crítica a|al|de|del {T}	noun
es.120.51	es	120	rechazar forma|manera declaraciones|palabras|acusaciones|propuesta|plan|amenazas|exigencias|petición|pretensiones de|del {T}
es.120.52	es	120	rechazar|=rechazo declaraciones|palabras|acusaciones|propuesta|plan|amenazas|exigencias|pretensiones de|del {T}
es.154.51	es	154	enviar|=envio|=enviaron|=enviara|desplegar|=desplego|=despliega|=despliegan a|al {T} tropas|soldados|militares|efectivos|refuerzos|marines
es.154.52	es	154	enviar|=envio|=enviaron|=enviara|desplegar|=desplego soldados|tropas|militares|efectivos +a|al|en {T}
es.160.51	es	160	suspender|cancelar|=suspendio|=cancelo vuelos|conexiones|frecuencias con|a|al|hacia|desde {T}
es.173.51	es	173	detener|=detuvo|=detuvieron|arrestar|capturar|apresar|aprehender a|al {T}
es.173.52	es	173	retener|=retuvo|=retuvieron|=retiene|=retienen a|al {T}
es.015.51	es	015	reivindicar ataque|atentado|ataques|atentados|bombardeo|lanzamiento contra {T}
es.111.54	es	111	calificar|tachar crimen|crímenes|agresión|provocación|terrorismo|inaceptable|inaceptables|vergüenza|farsa|violación|barbarie ataque|ataques|bombardeo|bombardeos|ofensiva|decisión|declaraciones|operación {T}
es.144.51	es	144	bloquear|cortar tractores|camiones|barricadas|neumáticos carretera|carreteras|autopista|autopistas|accesos|vías|calles|puerto	self
es.1621.51	es	1621	suspender|=suspendio|congelar|recortar|cancelar|retirar ayuda|financiación|fondos|asistencia|cooperación a|al|para {T}
es.080.51	es	080	aceptar|=acepto|=aceptaron|acoger|respaldar propuesta|plan|oferta|borrador de|del {T}
es.160.52	es	160	cerrar|=cerro|=cierra|=cierran|=cerrado|=cerrada espacio aéreo|puertos a|al {T}
es.042.54	es	042	visita|viaje {S} +a|al {T}	noun
es.041.53	es	041	llamada|conversación entre {S}	mutual,noun
es.154.53	es	154	despliegue|envío de|del {S} +en|a|al {T}	noun
es.163.51	es	163	sanciones|sanción {S} +contra|a|al {T}	noun
es.166.51	es	166	expulsión de|del {T} por +parte +de|del {S}	noun
es.191.51	es	191	bloqueo|asedio|cerco {S} +de|del|a|al|sobre {T}	noun
es.173.53	es	173	pedir|=pidio|=pidieron|=pide|=piden|solicitar|reclamar orden|órdenes de|del arresto|detención|captura contra {T}
es.190.52	es	190	ataque|ataques|bombardeo|bombardeos con drones|dron|misiles|misil|cohetes|artillería {S} +contra|sobre {T}	noun
