"""Spanish, French, Portuguese and Arabic wording of the site frame's demo content (landing, About,
Privacy, the Policy Officer), fed to wagtail-localize segment by segment by `home.demo`."""

# (English, Spanish, French, Portuguese, Arabic); slugs and the acronym R4BLP stay as they are.
_ROWS = [
    # Policy Officer (Person snippet)
    (
        "Biodiversity Programme Manager and Policy Officer",
        "Responsable del Programa de Biodiversidad y de políticas",
        "Responsable du programme Biodiversité et chargée de politiques",
        "Gestora do Programa de Biodiversidade e responsável de políticas",
        "مديرة برنامج التنوع البيولوجي ومسؤولة السياسات",
    ),
    ("R4BLP", "R4BLP", "R4BLP", "R4BLP", "R4BLP"),
    # Landing
    (
        "Regions for Biodiversity Learning Platform",
        "Plataforma de Aprendizaje de las Regiones para la Biodiversidad",
        "Plateforme d’apprentissage des régions pour la biodiversité",
        "Plataforma de Aprendizagem das Regiões para a Biodiversidade",
        "منصة تعلّم الأقاليم من أجل التنوع البيولوجي",
    ),
    (
        "A global community of regional governments working together to conserve biodiversity, keep "
        "ecosystems healthy and secure sustainable livelihoods for their people. Launched in December "
        "2016 at COP 13 in Mexico and officially endorsed by the Secretariat of the Convention on "
        "Biological Diversity.",
        "Una comunidad mundial de gobiernos regionales que trabajan juntos para conservar la "
        "biodiversidad, mantener sanos los ecosistemas y asegurar medios de vida sostenibles a su "
        "población. Nació en diciembre de 2016 en la COP 13 de México y cuenta con el respaldo oficial "
        "de la Secretaría del Convenio sobre la Diversidad Biológica.",
        "Une communauté mondiale de gouvernements régionaux qui agissent ensemble pour conserver la "
        "biodiversité, garder les écosystèmes en bonne santé et assurer à leurs habitants des moyens "
        "de subsistance durables. Lancée en décembre 2016 lors de la COP 13 au Mexique, elle est "
        "officiellement soutenue par le Secrétariat de la Convention sur la diversité biologique.",
        "Uma comunidade mundial de governos regionais que trabalham em conjunto para conservar a "
        "biodiversidade, manter os ecossistemas saudáveis e garantir meios de subsistência "
        "sustentáveis às suas populações. Lançada em dezembro de 2016 na COP 13, no México, e "
        "apoiada oficialmente pelo Secretariado da Convenção sobre a Diversidade Biológica.",
        "مجتمع عالمي من الحكومات الإقليمية يعمل معًا لصون التنوع البيولوجي والحفاظ على سلامة النظم "
        "البيئية وتأمين سبل عيش مستدامة لسكانه. انطلقت المنصة في ديسمبر 2016 خلال مؤتمر الأطراف "
        "الثالث عشر في المكسيك، وتحظى بتأييد رسمي من أمانة اتفاقية التنوع البيولوجي.",
    ),
    (
        "The platform in figures",
        "La plataforma en cifras",
        "La plateforme en chiffres",
        "A plataforma em números",
        "المنصة بالأرقام",
    ),
    ("active members", "miembros activos", "membres actifs", "membros ativos", "عضوًا فاعلًا"),
    (
        "Regional governments from every continent.",
        "Gobiernos regionales de todos los continentes.",
        "Des gouvernements régionaux de tous les continents.",
        "Governos regionais de todos os continentes.",
        "حكومات إقليمية من جميع القارات.",
    ),
    (
        "inhabitants represented",
        "habitantes representados",
        "habitants représentés",
        "habitantes representados",
        "نسمة ممثَّلة",
    ),
    (
        "Nearly 60 million people live in our member regions.",
        "Casi 60 millones de personas viven en nuestras regiones miembro.",
        "Près de 60 millions de personnes vivent dans nos régions membres.",
        "Quase 60 milhões de pessoas vivem em nossas regiões membros.",
        "يعيش قرابة 60 مليون شخص في أقاليمنا الأعضاء.",
    ),
    (
        "km² of territory safeguarded",
        "km² de territorio protegido",
        "km² de territoire préservé",
        "km² de território protegido",
        "كيلومتر مربع من الأراضي المصونة",
    ),
    (
        "Over 2 million square kilometres whose biodiversity our members protect.",
        "Más de 2 millones de kilómetros cuadrados cuya biodiversidad protegen nuestros miembros.",
        "Plus de 2 millions de kilomètres carrés dont nos membres protègent la biodiversité.",
        "Mais de 2 milhões de quilômetros quadrados cuja biodiversidade nossos membros protegem.",
        "أكثر من مليوني كيلومتر مربع يحمي أعضاؤنا تنوعها البيولوجي.",
    ),
    (
        "online webinars held",
        "seminarios web realizados",
        "webinaires organisés",
        "webinars realizados",
        "ندوة عبر الإنترنت عُقدت",
    ),
    (
        "Learning sessions since 2016, in step with the Convention's agenda.",
        "Sesiones de aprendizaje desde 2016, al ritmo de la agenda del Convenio.",
        "Des séances d’apprentissage depuis 2016, au rythme du programme de la Convention.",
        "Sessões de aprendizagem desde 2016, a par da agenda da Convenção.",
        "جلسات تعلّم منذ عام 2016، تواكب جدول أعمال الاتفاقية.",
    ),
    (
        "Activities and outcomes",
        "Actividades y resultados",
        "Activités et résultats",
        "Atividades e resultados",
        "الأنشطة والنتائج",
    ),
    (
        "Leading regions exchange technical knowledge on critical biodiversity issues through the "
        "platform. Their work is tied to the global topics discussed at the heart of the Convention on "
        "Biological Diversity.",
        "A través de la plataforma, regiones pioneras intercambian conocimientos técnicos sobre "
        "cuestiones clave de biodiversidad. Su trabajo se vincula con los temas mundiales que se "
        "debaten en el corazón del Convenio sobre la Diversidad Biológica.",
        "Grâce à la plateforme, des régions pionnières échangent des connaissances techniques sur des "
        "questions cruciales de biodiversité. Leur travail est lié aux grands sujets mondiaux débattus "
        "au cœur de la Convention sur la diversité biologique.",
        "Através da plataforma, regiões pioneiras trocam conhecimento técnico sobre questões cruciais "
        "de biodiversidade. Seu trabalho está ligado aos temas globais debatidos no centro da "
        "Convenção sobre a Diversidade Biológica.",
        "تتبادل الأقاليم الرائدة عبر المنصة المعارف التقنية حول قضايا التنوع البيولوجي الحاسمة، ويرتبط "
        "عملها بالقضايا العالمية المطروحة في صميم اتفاقية التنوع البيولوجي.",
    ),
    (
        "The platform supports subnational biodiversity strategies and action plans, and its reports "
        "share key findings that help shape the global biodiversity framework.",
        "La plataforma apoya las estrategias y planes de acción subnacionales en materia de "
        "biodiversidad, y sus informes difunden conclusiones clave que ayudan a dar forma al marco "
        "mundial de la biodiversidad.",
        "La plateforme soutient les stratégies et plans d’action infranationaux pour la biodiversité, "
        "et ses rapports partagent des conclusions clés qui contribuent à façonner le cadre mondial de "
        "la biodiversité.",
        "A plataforma apoia as estratégias e planos de ação subnacionais para a biodiversidade, e os "
        "seus relatórios compartilham conclusões essenciais que ajudam a moldar o quadro global da "
        "biodiversidade.",
        "تدعم المنصة الاستراتيجيات وخطط العمل دون الوطنية للتنوع البيولوجي، وتعرض تقاريرها نتائج "
        "رئيسية تسهم في صياغة الإطار العالمي للتنوع البيولوجي.",
    ),
    ("Why join?", "¿Por qué unirse?", "Pourquoi adhérer ?", "Porquê aderir?", "لماذا الانضمام؟"),
    (
        "To help member regions learn from one another, the platform offers:",
        "Para que las regiones miembro aprendan unas de otras, la plataforma ofrece:",
        "Pour que les régions membres apprennent les unes des autres, la plateforme propose :",
        "Para que as regiões membros aprendam umas com as outras, a plataforma oferece:",
        "لكي تتعلّم الأقاليم الأعضاء بعضها من بعض، تقدّم المنصة ما يلي:",
    ),
    (
        "Meetings organised by thematic blocks",
        "Reuniones organizadas por bloques temáticos",
        "Des réunions organisées par blocs thématiques",
        "Reuniões organizadas por blocos temáticos",
        "اجتماعات منظَّمة حسب المحاور المواضيعية",
    ),
    (
        "Online and in-person meetings on themes the members choose, in step with the work programme "
        "of the Convention on Biological Diversity.",
        "Reuniones en línea y presenciales sobre los temas que eligen los miembros, en sintonía con el "
        "programa de trabajo del Convenio sobre la Diversidad Biológica.",
        "Des réunions en ligne et en présentiel sur les thèmes choisis par les membres, en phase avec le "
        "programme de travail de la Convention sur la diversité biologique.",
        "Reuniões online e presenciais sobre temas escolhidos pelos membros, em sintonia com o programa "
        "de trabalho da Convenção sobre a Diversidade Biológica.",
        "اجتماعات عبر الإنترنت وحضورية حول مواضيع يختارها الأعضاء، بما يتماشى مع برنامج عمل اتفاقية "
        "التنوع البيولوجي.",
    ),
    (
        "Lessons learned and best practices",
        "Lecciones aprendidas y buenas prácticas",
        "Enseignements tirés et bonnes pratiques",
        "Lições aprendidas e boas práticas",
        "الدروس المستفادة وأفضل الممارسات",
    ),
    (
        "Members share what worked, what did not and the challenges they have in common in halting "
        "biodiversity loss and improving governance.",
        "Los miembros comparten lo que funcionó, lo que no y los desafíos comunes para detener la "
        "pérdida de biodiversidad y mejorar la gobernanza.",
        "Les membres partagent ce qui a fonctionné, ce qui a échoué et les défis qu’ils ont en commun "
        "pour enrayer la perte de biodiversité et améliorer la gouvernance.",
        "Os membros compartilham o que resultou, o que não resultou e os desafios que têm em comum para "
        "deter a perda de biodiversidade e melhorar a governança.",
        "يتبادل الأعضاء ما نجح وما لم ينجح، والتحديات المشتركة التي يواجهونها في وقف فقدان التنوع "
        "البيولوجي وتحسين الحوكمة.",
    ),
    (
        "Capacity building with international experts",
        "Fortalecimiento de capacidades con expertos internacionales",
        "Renforcement des capacités avec des experts internationaux",
        "Reforço de capacidades com especialistas internacionais",
        "بناء القدرات مع خبراء دوليين",
    ),
    (
        "Learning sessions led by specialists from around the world.",
        "Sesiones de aprendizaje dirigidas por especialistas de todo el mundo.",
        "Des séances d’apprentissage animées par des spécialistes du monde entier.",
        "Sessões de aprendizagem conduzidas por especialistas de todo o mundo.",
        "جلسات تعلّم يقودها متخصصون من شتى أنحاء العالم.",
    ),
    (
        "Strategic information and tools",
        "Información y herramientas estratégicas",
        "Informations et outils stratégiques",
        "Informação e ferramentas estratégicas",
        "معلومات وأدوات استراتيجية",
    ),
    (
        "Tools to evaluate, monitor and report on how strategies are being implemented.",
        "Herramientas para evaluar, seguir e informar sobre la aplicación de las estrategias.",
        "Des outils pour évaluer et suivre la mise en œuvre des stratégies, et en rendre compte.",
        "Ferramentas para avaliar, acompanhar e relatar a execução das estratégias.",
        "أدوات لتقييم تنفيذ الاستراتيجيات ورصده والإبلاغ عنه.",
    ),
    (
        "Financing and cooperation",
        "Financiación y cooperación",
        "Financement et coopération",
        "Financiamento e cooperação",
        "التمويل والتعاون",
    ),
    (
        "Access to funding and cooperation opportunities between regions and partners.",
        "Acceso a financiación y a oportunidades de cooperación entre regiones y socios.",
        "L’accès à des financements et à des possibilités de coopération entre régions et partenaires.",
        "Acesso a financiamento e a oportunidades de cooperação entre regiões e parceiros.",
        "الوصول إلى التمويل وفرص التعاون بين الأقاليم والشركاء.",
    ),
    (
        "A voice in international meetings",
        "Una voz en las reuniones internacionales",
        "Une voix dans les réunions internationales",
        "Uma voz nas reuniões internacionais",
        "صوت مسموع في الاجتماعات الدولية",
    ),
    (
        "Access to international meetings and contact with global leaders on biodiversity.",
        "Acceso a reuniones internacionales y contacto con líderes mundiales de la biodiversidad.",
        "L’accès aux réunions internationales et le contact avec les grands acteurs mondiaux de la "
        "biodiversité.",
        "Acesso a reuniões internacionais e contato com líderes mundiais da biodiversidade.",
        "المشاركة في الاجتماعات الدولية والتواصل مع القادة العالميين في مجال التنوع البيولوجي.",
    ),
    ("Partners", "Socios", "Partenaires", "Parceiros", "الشركاء"),
    (
        "Advisory Committee of Subnational Governments",
        "Comité Asesor de Gobiernos Subnacionales",
        "Comité consultatif des gouvernements infranationaux",
        "Comitê Consultivo dos Governos Subnacionais",
        "اللجنة الاستشارية للحكومات دون الوطنية",
    ),
    (
        "As operational partner of the Committee, the platform produces technical knowledge that feeds "
        "its dialogue at the global level.",
        "Como socio operativo del Comité, la plataforma produce conocimiento técnico que nutre su "
        "diálogo a escala mundial.",
        "En tant que partenaire opérationnel du Comité, la plateforme produit des connaissances "
        "techniques qui nourrissent son dialogue à l’échelle mondiale.",
        "Enquanto parceira operacional do Comitê, a plataforma produz conhecimento técnico que "
        "alimenta seu diálogo em escala mundial.",
        "بصفتها شريكًا تنفيذيًا للجنة، تُنتج المنصة معارف تقنية تُغني حوارها على المستوى العالمي.",
    ),
    (
        "Secretariat of the Convention on Biological Diversity",
        "Secretaría del Convenio sobre la Diversidad Biológica",
        "Secrétariat de la Convention sur la diversité biologique",
        "Secretariado da Convenção sobre a Diversidade Biológica",
        "أمانة اتفاقية التنوع البيولوجي",
    ),
    (
        "The Secretariat officially endorses the platform.",
        "La Secretaría respalda oficialmente la plataforma.",
        "Le Secrétariat soutient officiellement la plateforme.",
        "O Secretariado apoia oficialmente a plataforma.",
        "تؤيد الأمانة المنصة تأييدًا رسميًا.",
    ),
    (
        "Join the Regions for Biodiversity Learning Platform",
        "Únase a la Plataforma de Aprendizaje de las Regiones para la Biodiversidad",
        "Rejoignez la Plateforme d’apprentissage des régions pour la biodiversité",
        "Junte-se à Plataforma de Aprendizagem das Regiões para a Biodiversidade",
        "انضموا إلى منصة تعلّم الأقاليم من أجل التنوع البيولوجي",
    ),
    (
        "Write to our Policy Officer through the join form and we will get back to you as soon as possible.",
        "Escriba a nuestra responsable de políticas mediante el formulario de adhesión y le "
        "responderemos lo antes posible.",
        "Écrivez à notre chargée de politiques grâce au formulaire d’adhésion : nous vous répondrons "
        "dans les meilleurs délais.",
        "Escreva à nossa responsável de políticas através do formulário de adesão e responderemos o "
        "mais depressa possível.",
        "راسلوا مسؤولة السياسات لدينا عبر استمارة الانضمام، وسنرد عليكم في أقرب وقت ممكن.",
    ),
    # About
    ("About", "Quiénes somos", "À propos", "Sobre nós", "من نحن"),
    (
        "The Regions for Biodiversity Learning Platform brings regional governments together to put the "
        "Convention on Biological Diversity into practice.",
        "La Plataforma de Aprendizaje de las Regiones para la Biodiversidad reúne a gobiernos "
        "regionales para llevar a la práctica el Convenio sobre la Diversidad Biológica.",
        "La Plateforme d’apprentissage des régions pour la biodiversité rassemble des gouvernements "
        "régionaux pour mettre en pratique la Convention sur la diversité biologique.",
        "A Plataforma de Aprendizagem das Regiões para a Biodiversidade reúne governos regionais para "
        "pôr em prática a Convenção sobre a Diversidade Biológica.",
        "تجمع منصة تعلّم الأقاليم من أجل التنوع البيولوجي الحكومات الإقليمية لوضع اتفاقية التنوع "
        "البيولوجي موضع التنفيذ.",
    ),
    (
        "The platform was launched in December 2016 at the thirteenth Conference of the Parties "
        "(COP 13) in Mexico, and the Secretariat of the Convention on Biological Diversity officially "
        "endorses it.",
        "La plataforma se lanzó en diciembre de 2016 durante la decimotercera Conferencia de las Partes "
        "(COP 13) en México, y la Secretaría del Convenio sobre la Diversidad Biológica la respalda "
        "oficialmente.",
        "La plateforme a été lancée en décembre 2016 lors de la treizième Conférence des Parties "
        "(COP 13) au Mexique, et le Secrétariat de la Convention sur la diversité biologique la "
        "soutient officiellement.",
        "A plataforma foi lançada em dezembro de 2016 na décima terceira Conferência das Partes "
        "(COP 13), no México, e o Secretariado da Convenção sobre a Diversidade Biológica apoia-a "
        "oficialmente.",
        "أُطلقت المنصة في ديسمبر 2016 خلال الدورة الثالثة عشرة لمؤتمر الأطراف (COP 13) في المكسيك، "
        "وتحظى بتأييد رسمي من أمانة اتفاقية التنوع البيولوجي.",
    ),
    ("What we do", "Qué hacemos", "Ce que nous faisons", "O que fazemos", "ماذا نفعل"),
    (
        "Members work on subnational biodiversity strategies and action plans. They compare "
        "perspectives, identify common obstacles, share best practices and develop new solutions "
        "together, helping each other through the design, development and implementation of "
        "biodiversity initiatives.",
        "Los miembros trabajan en estrategias y planes de acción subnacionales sobre biodiversidad. "
        "Contrastan puntos de vista, detectan obstáculos comunes, comparten buenas prácticas y crean "
        "juntos nuevas soluciones, apoyándose mutuamente en el diseño, el desarrollo y la ejecución de "
        "iniciativas de biodiversidad.",
        "Les membres travaillent sur des stratégies et plans d’action infranationaux pour la "
        "biodiversité. Ils confrontent leurs points de vue, repèrent les obstacles communs, partagent "
        "leurs bonnes pratiques et élaborent ensemble de nouvelles solutions, en s’épaulant dans la "
        "conception, le développement et la mise en œuvre d’initiatives pour la biodiversité.",
        "Os membros trabalham em estratégias e planos de ação subnacionais para a biodiversidade. "
        "Comparam perspectivas, identificam obstáculos comuns, compartilham boas práticas e desenvolvem "
        "juntos novas soluções, apoiando-se mutuamente na conceção, no desenvolvimento e na execução de "
        "iniciativas de biodiversidade.",
        "يعمل الأعضاء على الاستراتيجيات وخطط العمل دون الوطنية للتنوع البيولوجي، فيقارنون وجهات "
        "النظر ويحددون العقبات المشتركة ويتبادلون أفضل الممارسات ويبتكرون معًا حلولًا جديدة، ويساند "
        "بعضهم بعضًا في تصميم مبادرات التنوع البيولوجي وتطويرها وتنفيذها.",
    ),
    ("Our partners", "Nuestros socios", "Nos partenaires", "Nossos parceiros", "شركاؤنا"),
    (
        "As operational partner of the Advisory Committee of Subnational Governments, the platform "
        "produces technical knowledge that feeds the Committee's dialogue at the global level.",
        "Como socio operativo del Comité Asesor de Gobiernos Subnacionales, la plataforma produce "
        "conocimiento técnico que nutre el diálogo del Comité a escala mundial.",
        "En tant que partenaire opérationnel du Comité consultatif des gouvernements infranationaux, "
        "la plateforme produit des connaissances techniques qui nourrissent le dialogue du Comité à "
        "l’échelle mondiale.",
        "Enquanto parceira operacional do Comitê Consultivo dos Governos Subnacionais, a plataforma "
        "produz conhecimento técnico que alimenta o diálogo do Comitê em escala mundial.",
        "بصفتها شريكًا تنفيذيًا للجنة الاستشارية للحكومات دون الوطنية، تُنتج المنصة معارف تقنية "
        "تُغني حوار اللجنة على المستوى العالمي.",
    ),
    # Privacy
    (
        "Privacy notice",
        "Aviso de privacidad",
        "Politique de confidentialité",
        "Aviso de privacidade",
        "إشعار الخصوصية",
    ),
    (
        "How we handle the personal data you send us.",
        "Cómo tratamos los datos personales que nos envía.",
        "Comment nous traitons les données personnelles que vous nous envoyez.",
        "Como tratamos os dados pessoais que nos envia.",
        "كيف نتعامل مع البيانات الشخصية التي ترسلونها إلينا.",
    ),
    (
        "When you apply to join, we keep the details you give us so that our Policy Officer can answer "
        "you and review your application. We do not share them with third parties and we do not use "
        "them for marketing.",
        "Cuando solicita unirse, conservamos los datos que nos facilita para que nuestra responsable de "
        "políticas pueda responderle y estudiar su solicitud. No los compartimos con terceros ni los "
        "usamos con fines comerciales.",
        "Lorsque vous demandez à adhérer, nous conservons les informations que vous nous donnez afin "
        "que notre chargée de politiques puisse vous répondre et examiner votre demande. Nous ne les "
        "communiquons à aucun tiers et ne les utilisons pas à des fins commerciales.",
        "Quando você pede para aderir, guardamos os dados que você nos fornece para que nossa responsável de "
        "políticas possa lhe responder e analisar seu pedido. Não os comcompartilhamos com terceiros nem "
        "os usamos para fins comerciais.",
        "عندما تتقدّمون بطلب الانضمام، نحتفظ بالبيانات التي تقدّمونها لكي تتمكّن مسؤولة السياسات من "
        "الرد عليكم ودراسة طلبكم. لا نشاركها مع أي طرف ثالث ولا نستخدمها لأغراض تسويقية.",
    ),
    (
        "The site sets a cookie only to remember your language and, when you send a form, to protect it "
        "against forgery. It loads nothing from other websites.",
        "El sitio solo instala una cookie para recordar su idioma y, cuando envía un formulario, para "
        "protegerlo contra falsificaciones. No carga nada de otros sitios web.",
        "Le site ne dépose un cookie que pour retenir votre langue et, lorsque vous envoyez un "
        "formulaire, pour le protéger contre la falsification. Il ne charge rien depuis d’autres sites.",
        "O site só guarda um cookie para se lembrar do seu idioma e, quando envia um formulário, para o "
        "proteger contra falsificações. Não carrega nada de outros sites.",
        "لا يضع الموقع ملف تعريف ارتباط إلا لتذكّر لغتكم، ولحماية الاستمارة من التزوير عند إرسالها. "
        "ولا يحمّل أي شيء من مواقع أخرى.",
    ),
    (
        "To see, correct or delete your data, write to our Policy Officer.",
        "Para consultar, corregir o suprimir sus datos, escriba a nuestra responsable de políticas.",
        "Pour consulter, corriger ou supprimer vos données, écrivez à notre chargée de politiques.",
        "Para consultar, corrigir ou excluir seus dados, escreva para nossa responsável de políticas.",
        "للاطلاع على بياناتكم أو تصحيحها أو حذفها، راسلوا مسؤولة السياسات لدينا.",
    ),
]

# Descriptions of the demo pictures (home.demo_images), shared by the landing, regions and events.
PICTURE_ROWS = [
    (
        "Illustration: green hills and a rising sun under a pink dawn sky",
        "Ilustración: colinas verdes y un sol naciente bajo un cielo rosado de amanecer",
        "Illustration : des collines vertes et un soleil levant sous un ciel rose d’aurore",
        "Ilustração: colinas verdes e um sol nascente sob um céu rosado de amanhecer",
        "رسم توضيحي: تلال خضراء وشمس مشرقة تحت سماء فجر وردية",
    ),
    (
        "Illustration: dark forested hills under a clear blue sky",
        "Ilustración: colinas de bosque oscuro bajo un cielo azul despejado",
        "Illustration : des collines couvertes de forêt sombre sous un ciel bleu dégagé",
        "Ilustração: colinas de floresta escura sob um céu azul limpo",
        "رسم توضيحي: تلال مكسوة بغابات داكنة تحت سماء زرقاء صافية",
    ),
    (
        "Illustration: green hills by a turquoise sea under a golden sky",
        "Ilustración: colinas verdes junto a un mar turquesa bajo un cielo dorado",
        "Illustration : des collines vertes au bord d’une mer turquoise sous un ciel doré",
        "Ilustração: colinas verdes junto a um mar turquesa sob um céu dourado",
        "رسم توضيحي: تلال خضراء بجوار بحر فيروزي تحت سماء ذهبية",
    ),
    (
        "Illustration: rolling green forest hills under a pale sky",
        "Ilustración: colinas onduladas de bosque verde bajo un cielo pálido",
        "Illustration : des collines boisées et vallonnées sous un ciel pâle",
        "Ilustração: colinas onduladas de floresta verde sob um céu claro",
        "رسم توضيحي: تلال متموجة من الغابات الخضراء تحت سماء شاحبة",
    ),
    (
        "Illustration: olive-green hills by a blue sea at sunset",
        "Ilustración: colinas verde oliva junto a un mar azul al atardecer",
        "Illustration : des collines vert olive au bord d’une mer bleue au coucher du soleil",
        "Ilustração: colinas verde-oliva junto a um mar azul ao pôr do sol",
        "رسم توضيحي: تلال زيتونية خضراء بجوار بحر أزرق عند الغروب",
    ),
    (
        "Illustration: wooded green hills under a soft blue sky",
        "Ilustración: colinas verdes arboladas bajo un cielo azul suave",
        "Illustration : des collines vertes et boisées sous un ciel bleu tendre",
        "Ilustração: colinas verdes arborizadas sob um céu azul suave",
        "رسم توضيحي: تلال خضراء مشجرة تحت سماء زرقاء هادئة",
    ),
    (
        "Illustration: green coastal hills above a blue sea",
        "Ilustración: colinas costeras verdes sobre un mar azul",
        "Illustration : des collines côtières vertes au-dessus d’une mer bleue",
        "Ilustração: colinas costeiras verdes sobre um mar azul",
        "رسم توضيحي: تلال ساحلية خضراء تطل على بحر أزرق",
    ),
    (
        "Illustration: ochre and olive hills under a warm evening sky",
        "Ilustración: colinas ocres y verde oliva bajo un cálido cielo de tarde",
        "Illustration : des collines ocre et olive sous un ciel chaud de fin de journée",
        "Ilustração: colinas ocre e verde-oliva sob um céu quente de fim de tarde",
        "رسم توضيحي: تلال بلون المغرة والزيتون تحت سماء مسائية دافئة",
    ),
    (
        "Illustrated placeholder portrait: a silhouette on a green background",
        "Retrato ilustrado provisional: una silueta sobre fondo verde",
        "Portrait illustré provisoire : une silhouette sur fond vert",
        "Retrato ilustrado provisório: uma silhueta sobre fundo verde",
        "صورة شخصية توضيحية مؤقتة: صورة ظلية على خلفية خضراء",
    ),
    (
        "Logo of the Advisory Committee of Subnational Governments",
        "Logotipo del Comité Asesor de Gobiernos Subnacionales",
        "Logo du Comité consultatif des gouvernements infranationaux",
        "Logotipo do Comitê Consultivo dos Governos Subnacionais",
        "شعار اللجنة الاستشارية للحكومات دون الوطنية",
    ),
    (
        "Logo of the Secretariat of the Convention on Biological Diversity",
        "Logotipo de la Secretaría del Convenio sobre la Diversidad Biológica",
        "Logo du Secrétariat de la Convention sur la diversité biologique",
        "Logotipo do Secretariado da Convenção sobre a Diversidade Biológica",
        "شعار أمانة اتفاقية التنوع البيولوجي",
    ),
]


def by_language(rows):
    """{language: {English: translation}} of rows (English, Spanish, French, Portuguese, Arabic)."""
    return {
        code: {row[0]: row[index] for row in rows} for index, code in enumerate(["es", "fr", "pt", "ar"], 1)
    }


TRANSLATIONS = by_language(_ROWS + PICTURE_ROWS)
