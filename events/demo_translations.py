"""Spanish, French, Portuguese and Arabic wording of the events demo content."""
# One translation per line reads better than sentences split across lines.
# ruff: noqa: E501

from home.demo_translations import PICTURE_ROWS

# (English, Spanish, French, Portuguese, Arabic)
ROWS = [
    # Speakers' roles and organisations
    (
        "Biodiversity Coordinator",
        "Coordinadora de Biodiversidad",
        "Coordinatrice de la biodiversité",
        "Coordenadora de Biodiversidade",
        "منسقة التنوع البيولوجي",
    ),
    (
        "São Paulo State Environment Secretariat",
        "Secretaría de Medio Ambiente del Estado de São Paulo",
        "Secrétariat à l'environnement de l'État de São Paulo",
        "Secretaria de Meio Ambiente do Estado de São Paulo",
        "أمانة البيئة في ولاية ساو باولو",
    ),
    (
        "Senior Policy Adviser",
        "Asesor principal de políticas",
        "Conseiller principal en politiques",
        "Assessor sénior de políticas",
        "مستشار أول للسياسات",
    ),
    (
        "Government of Quebec",
        "Gobierno de Quebec",
        "Gouvernement du Québec",
        "Governo do Quebec",
        "حكومة كيبيك",
    ),
    (
        "Head of Protected Areas",
        "Jefa de Áreas Protegidas",
        "Responsable des aires protégées",
        "Chefe de Áreas Protegidas",
        "رئيسة قسم المناطق المحمية",
    ),
    (
        "Souss-Massa Region",
        "Región de Souss-Massa",
        "Région Souss-Massa",
        "Região de Souss-Massa",
        "جهة سوس ماسة",
    ),
    (
        "Director of Ecosystem Services",
        "Director de Servicios Ecosistémicos",
        "Directeur des services écosystémiques",
        "Diretor de Serviços Ecossistêmicos",
        "مدير خدمات النظم البيئية",
    ),
    (
        "Gangwon Province",
        "Provincia de Gangwon",
        "Province de Gangwon",
        "Província de Gangwon",
        "مقاطعة غانغوون",
    ),
    (
        "Climate and Biodiversity Officer",
        "Responsable de Clima y Biodiversidad",
        "Chargée du climat et de la biodiversité",
        "Responsável por Clima e Biodiversidade",
        "مسؤولة المناخ والتنوع البيولوجي",
    ),
    (
        "Government of Catalonia",
        "Gobierno de Cataluña",
        "Gouvernement de la Catalogne",
        "Governo da Catalunha",
        "حكومة كتالونيا",
    ),
    (
        "Programme Officer",
        "Oficial de Programas",
        "Chargé de programme",
        "Oficial de Programas",
        "موظف برامج",
    ),
    (
        "Secretariat of the Convention on Biological Diversity",
        "Secretaría del Convenio sobre la Diversidad Biológica",
        "Secrétariat de la Convention sur la diversité biologique",
        "Secretariado da Convenção sobre Diversidade Biológica",
        "أمانة اتفاقية التنوع البيولوجي",
    ),
    ("Speaker", "Ponente", "Intervenant·e", "Palestrante", "متحدث"),
    ("Moderator", "Moderación", "Modération", "Moderação", "إدارة الجلسة"),
    # The events index
    (
        "Webinars and meetings",
        "Seminarios web y reuniones",
        "Webinaires et réunions",
        "Webinars e reuniões",
        "الندوات الإلكترونية والاجتماعات",
    ),
    (
        "Learning sessions for member regions: join the next ones, or watch the recordings and "
        "read the documents of past ones.",
        "Sesiones de aprendizaje para las regiones miembro: participe en las próximas o vea las "
        "grabaciones y lea los documentos de las anteriores.",
        "Des séances d'apprentissage pour les régions membres : participez aux prochaines, ou "
        "regardez les enregistrements et lisez les documents des précédentes.",
        "Sessões de aprendizagem para as regiões membros: participe das próximas ou assista às "
        "gravações e leia os documentos das anteriores.",
        "جلسات تعلّم للأقاليم الأعضاء: شاركوا في الجلسات القادمة، أو شاهدوا تسجيلات الجلسات السابقة "
        "واقرؤوا وثائقها.",
    ),
    # Past webinars
    (
        "Subnational biodiversity strategies: first steps",
        "Estrategias subnacionales de biodiversidad: primeros pasos",
        "Stratégies infranationales pour la biodiversité : premiers pas",
        "Estratégias subnacionais de biodiversidade: primeiros passos",
        "الاستراتيجيات دون الوطنية للتنوع البيولوجي: الخطوات الأولى",
    ),
    (
        "How regions start writing a biodiversity strategy and action plan of their own.",
        "Cómo empiezan las regiones a redactar su propia estrategia y plan de acción de biodiversidad.",
        "Comment les régions commencent à rédiger leur propre stratégie et plan d'action pour la biodiversité.",
        "Como as regiões começam a redigir sua própria estratégia e plano de ação de biodiversidade.",
        "كيف تبدأ الأقاليم في إعداد استراتيجيتها وخطة عملها الخاصة بالتنوع البيولوجي.",
    ),
    (
        "Mainstreaming biodiversity in regional development",
        "Integrar la biodiversidad en el desarrollo regional",
        "Intégrer la biodiversité dans le développement régional",
        "Integrar a biodiversidade no desenvolvimento regional",
        "تعميم مراعاة التنوع البيولوجي في التنمية الإقليمية",
    ),
    (
        "Bringing nature into farming, tourism and land-use planning decisions.",
        "Tener en cuenta la naturaleza en las decisiones sobre agricultura, turismo y ordenación del territorio.",
        "Prendre en compte la nature dans les décisions sur l'agriculture, le tourisme et l'aménagement du territoire.",
        "Levar a natureza em conta nas decisões sobre agricultura, turismo e ordenamento do território.",
        "إدراج الطبيعة في قرارات الزراعة والسياحة وتخطيط استخدام الأراضي.",
    ),
    (
        "Measuring progress towards the Aichi Biodiversity Targets",
        "Medir el progreso hacia las Metas de Aichi para la Diversidad Biológica",
        "Mesurer les progrès vers les Objectifs d'Aichi pour la biodiversité",
        "Medir o progresso rumo às Metas de Aichi para a Biodiversidade",
        "قياس التقدم نحو أهداف آيتشي للتنوع البيولوجي",
    ),
    (
        "Indicators and reporting tools that regions use to follow their progress.",
        "Indicadores y herramientas de información que las regiones usan para seguir su progreso.",
        "Les indicateurs et outils de rapport qu'utilisent les régions pour suivre leurs progrès.",
        "Indicadores e ferramentas de monitoramento que as regiões usam para acompanhar seu progresso.",
        "المؤشرات وأدوات الإبلاغ التي تستخدمها الأقاليم لمتابعة تقدمها.",
    ),
    (
        "Protected areas managed by regions",
        "Áreas protegidas gestionadas por las regiones",
        "Les aires protégées gérées par les régions",
        "Áreas protegidas geridas pelas regiões",
        "المناطق المحمية التي تديرها الأقاليم",
    ),
    (
        "Creating, funding and managing protected areas at the regional level.",
        "Crear, financiar y gestionar áreas protegidas a escala regional.",
        "Créer, financer et gérer des aires protégées à l'échelle régionale.",
        "Criar, financiar e gerir áreas protegidas em escala regional.",
        "إنشاء المناطق المحمية وتمويلها وإدارتها على المستوى الإقليمي.",
    ),
    (
        "Pollinators and regional agriculture",
        "Los polinizadores y la agricultura regional",
        "Les pollinisateurs et l'agriculture régionale",
        "Os polinizadores e a agricultura regional",
        "الملقّحات والزراعة الإقليمية",
    ),
    (
        "Regional programmes that protect pollinators and the farms that depend on them.",
        "Programas regionales que protegen a los polinizadores y a las explotaciones agrícolas que dependen de ellos.",
        "Des programmes régionaux qui protègent les pollinisateurs et les exploitations qui en dépendent.",
        "Programas regionais que protegem os polinizadores e as explorações agrícolas que deles dependem.",
        "برامج إقليمية تحمي الملقّحات والمزارع التي تعتمد عليها.",
    ),
    (
        "Financing biodiversity at the regional level",
        "Financiar la biodiversidad a escala regional",
        "Financer la biodiversité à l'échelle régionale",
        "Financiar a biodiversidade em escala regional",
        "تمويل التنوع البيولوجي على المستوى الإقليمي",
    ),
    (
        "Budgets, funds and partnerships that pay for regional biodiversity action.",
        "Presupuestos, fondos y alianzas que financian la acción regional por la biodiversidad.",
        "Budgets, fonds et partenariats qui financent l'action régionale pour la biodiversité.",
        "Orçamentos, fundos e parcerias que financiam a ação regional pela biodiversidade.",
        "الميزانيات والصناديق والشراكات التي تموّل العمل الإقليمي من أجل التنوع البيولوجي.",
    ),
    (
        "Biodiversity and health after the pandemic",
        "Biodiversidad y salud después de la pandemia",
        "Biodiversité et santé après la pandémie",
        "Biodiversidade e saúde depois da pandemia",
        "التنوع البيولوجي والصحة بعد الجائحة",
    ),
    (
        "What the pandemic taught regions about the links between nature and health.",
        "Lo que la pandemia enseñó a las regiones sobre los vínculos entre la naturaleza y la salud.",
        "Ce que la pandémie a appris aux régions sur les liens entre la nature et la santé.",
        "O que a pandemia ensinou às regiões sobre as ligações entre a natureza e a saúde.",
        "ما تعلّمته الأقاليم من الجائحة عن الروابط بين الطبيعة والصحة.",
    ),
    (
        "Nature-based solutions to climate change",
        "Soluciones basadas en la naturaleza frente al cambio climático",
        "Les solutions fondées sur la nature face au changement climatique",
        "Soluções baseadas na natureza para as alterações climáticas",
        "الحلول القائمة على الطبيعة لمواجهة تغير المناخ",
    ),
    (
        "Forests, wetlands and coasts that protect people from climate risks.",
        "Bosques, humedales y costas que protegen a la población de los riesgos climáticos.",
        "Forêts, zones humides et littoraux qui protègent la population des risques climatiques.",
        "Florestas, zonas húmidas e costas que protegem as pessoas dos riscos climáticos.",
        "الغابات والأراضي الرطبة والسواحل التي تحمي الناس من المخاطر المناخية.",
    ),
    (
        "Regions and the post-2020 global biodiversity framework",
        "Las regiones y el marco mundial de la diversidad biológica posterior a 2020",
        "Les régions et le cadre mondial de la biodiversité pour l'après-2020",
        "As regiões e o quadro global da biodiversidade pós-2020",
        "الأقاليم والإطار العالمي للتنوع البيولوجي لما بعد عام 2020",
    ),
    (
        "The regions' proposals for the new global framework, before its adoption.",
        "Las propuestas de las regiones para el nuevo marco mundial, antes de su adopción.",
        "Les propositions des régions pour le nouveau cadre mondial, avant son adoption.",
        "As propostas das regiões para o novo quadro global, antes da sua adoção.",
        "مقترحات الأقاليم بشأن الإطار العالمي الجديد قبل اعتماده.",
    ),
    (
        "Putting the Kunming-Montreal framework into practice in regions",
        "Aplicar el marco de Kunming-Montreal en las regiones",
        "Mettre en œuvre le cadre de Kunming-Montréal dans les régions",
        "Pôr em prática o quadro de Kunming-Montreal nas regiões",
        "تطبيق إطار كونمينغ-مونتريال في الأقاليم",
    ),
    (
        "First lessons from regions aligning their plans with the 23 global targets.",
        "Primeras lecciones de las regiones que alinean sus planes con las 23 metas mundiales.",
        "Premiers enseignements des régions qui alignent leurs plans sur les 23 cibles mondiales.",
        "Primeiras lições das regiões que alinham seus planos com as 23 metas globais.",
        "الدروس الأولى من الأقاليم التي تواءم خططها مع الغايات العالمية الثلاث والعشرين.",
    ),
    (
        "Invasive alien species: regional responses",
        "Especies exóticas invasoras: respuestas regionales",
        "Espèces exotiques envahissantes : les réponses régionales",
        "Espécies exóticas invasoras: respostas regionais",
        "الأنواع الغريبة الغازية: الاستجابات الإقليمية",
    ),
    (
        "Early warning, rapid response and cooperation between neighbouring regions.",
        "Alerta temprana, respuesta rápida y cooperación entre regiones vecinas.",
        "Alerte précoce, réaction rapide et coopération entre régions voisines.",
        "Alerta precoce, resposta rápida e cooperação entre regiões vizinhas.",
        "الإنذار المبكر والاستجابة السريعة والتعاون بين الأقاليم المتجاورة.",
    ),
    (
        "Restoring degraded ecosystems",
        "Restaurar los ecosistemas degradados",
        "Restaurer les écosystèmes dégradés",
        "Restaurar os ecossistemas degradados",
        "استعادة النظم البيئية المتدهورة",
    ),
    (
        "Regional restoration projects, from mangroves to mountain grasslands.",
        "Proyectos regionales de restauración, de los manglares a los pastizales de montaña.",
        "Des projets régionaux de restauration, des mangroves aux prairies de montagne.",
        "Projetos regionais de restauração, dos manguezais às pastagens de montanha.",
        "مشاريع إقليمية للاستعادة، من غابات المانغروف إلى المراعي الجبلية.",
    ),
    # Upcoming events
    (
        "Monitoring biodiversity with citizen science",
        "Seguimiento de la biodiversidad con ciencia ciudadana",
        "Suivre la biodiversité grâce aux sciences participatives",
        "Monitorizar a biodiversidade com ciência cidadã",
        "رصد التنوع البيولوجي بواسطة علم المواطن",
    ),
    (
        "How regions involve their citizens in counting species and watching ecosystems.",
        "Cómo las regiones implican a su ciudadanía en el recuento de especies y la observación de los ecosistemas.",
        "Comment les régions associent leurs habitants au comptage des espèces et à l'observation des écosystèmes.",
        "Como as regiões envolvem os cidadãos na contagem de espécies e na observação dos ecossistemas.",
        "كيف تُشرك الأقاليم مواطنيها في إحصاء الأنواع ومراقبة النظم البيئية.",
    ),
    (
        "Two member regions present their citizen science programmes, followed by questions.",
        "Dos regiones miembro presentan sus programas de ciencia ciudadana, seguidos de preguntas.",
        "Deux régions membres présentent leurs programmes de sciences participatives, suivis de questions.",
        "Duas regiões membros apresentam seus programas de ciência cidadã, seguidos de perguntas.",
        "يعرض إقليمان عضوان برامجهما في علم المواطن، تليها أسئلة.",
    ),
    (
        "Annual meeting of member regions",
        "Reunión anual de las regiones miembro",
        "Réunion annuelle des régions membres",
        "Reunião anual das regiões membros",
        "الاجتماع السنوي للأقاليم الأعضاء",
    ),
    (
        "Members meet in person to review the year and agree on the next work programme.",
        "Los miembros se reúnen en persona para hacer balance del año y acordar el próximo programa de trabajo.",
        "Les membres se réunissent en personne pour faire le bilan de l'année et convenir du prochain programme de travail.",
        "Os membros reúnem-se presencialmente para fazer o balanço do ano e acordar o próximo programa de trabalho.",
        "يلتقي الأعضاء حضوريًا لمراجعة حصيلة العام والاتفاق على برنامج العمل المقبل.",
    ),
    (
        "The meeting is open to member regions and invited partners; registration is required.",
        "La reunión está abierta a las regiones miembro y a los socios invitados; es necesario inscribirse.",
        "La réunion est ouverte aux régions membres et aux partenaires invités ; l'inscription est obligatoire.",
        "A reunião está aberta às regiões membros e aos parceiros convidados; a inscrição é obrigatória.",
        "الاجتماع مفتوح للأقاليم الأعضاء والشركاء المدعوين، والتسجيل إلزامي.",
    ),
    (
        "Montréal Convention Centre",
        "Palacio de Congresos de Montreal",
        "Palais des congrès de Montréal",
        "Palácio de Congressos de Montreal",
        "قصر المؤتمرات في مونتريال",
    ),
    ("Montreal", "Montreal", "Montréal", "Montreal", "مونتريال"),
]

ROWS += PICTURE_ROWS
LANGUAGES = ("es", "fr", "pt", "ar")
TRANSLATIONS = {
    code: {row[0]: row[position] for row in ROWS} for position, code in enumerate(LANGUAGES, start=1)
}
