"""Translations of the join page's demo content: title, introduction, thank-you text and every question."""

TRANSLATIONS = {
    "es": {
        "Join the platform": "Únase a la plataforma",
        "Regional governments that want to protect biodiversity together with their peers are welcome "
        "to join the platform. Tell us about your region and our Policy Officer will get back to you "
        "as soon as possible.": "Los gobiernos regionales que quieren proteger la biodiversidad junto "
        "con sus pares son bienvenidos en la plataforma. Cuéntenos sobre su región y nuestra "
        "responsable de políticas le responderá lo antes posible.",
        "Thank you for your application. We have sent you a confirmation by email, and our Policy "
        "Officer will get back to you as soon as possible.": "Gracias por su solicitud. Le hemos "
        "enviado una confirmación por correo electrónico y nuestra responsable de políticas le "
        "responderá lo antes posible.",
        "Regional government": "Gobierno regional",
        "The official name of your regional or subnational government.": "El nombre oficial de su "
        "gobierno regional o subnacional.",
        "Country": "País",
        "Contact person": "Persona de contacto",
        "Your first and last name.": "Su nombre y apellido.",
        "Position": "Cargo",
        "Your role in the regional government.": "Su función en el gobierno regional.",
        "Email": "Correo electrónico",
        "We will answer you at this address.": "Le responderemos a esta dirección.",
        "Phone": "Teléfono",
        "With the international dialling code, for example +52.": "Con el prefijo internacional, por "
        "ejemplo +52.",
        "Population": "Población",
        "Number of inhabitants of your region.": "Número de habitantes de su región.",
        "Area in km²": "Superficie en km²",
        "Surface area of your region in square kilometres.": "Superficie de su región en kilómetros "
        "cuadrados.",
        "Message": "Mensaje",
        "Tell us about your region's work on biodiversity and why you would like to join.": "Cuéntenos "
        "sobre el trabajo de su región en biodiversidad y por qué desea unirse.",
        "I agree that R4BLP keeps these details to answer my application.": "Acepto que R4BLP conserve "
        "estos datos para responder a mi solicitud.",
        "How we handle your data is explained in our privacy notice:": "Cómo tratamos sus datos se "
        "explica en nuestro aviso de privacidad:",
    },
    "fr": {
        "Join the platform": "Rejoindre la plateforme",
        "Regional governments that want to protect biodiversity together with their peers are welcome "
        "to join the platform. Tell us about your region and our Policy Officer will get back to you "
        "as soon as possible.": "Les gouvernements régionaux qui souhaitent protéger la biodiversité "
        "avec leurs pairs sont les bienvenus sur la plateforme. Présentez-nous votre région et notre "
        "chargée de politiques vous répondra dans les meilleurs délais.",
        "Thank you for your application. We have sent you a confirmation by email, and our Policy "
        "Officer will get back to you as soon as possible.": "Merci pour votre candidature. Nous vous "
        "avons envoyé une confirmation par courriel, et notre chargée de politiques vous répondra "
        "dans les meilleurs délais.",
        "Regional government": "Gouvernement régional",
        "The official name of your regional or subnational government.": "Le nom officiel de votre "
        "gouvernement régional ou infranational.",
        "Country": "Pays",
        "Contact person": "Personne de contact",
        "Your first and last name.": "Vos prénom et nom.",
        "Position": "Fonction",
        "Your role in the regional government.": "Votre rôle au sein du gouvernement régional.",
        "Email": "Courriel",
        "We will answer you at this address.": "Nous vous répondrons à cette adresse.",
        "Phone": "Téléphone",
        "With the international dialling code, for example +52.": "Avec l’indicatif international, "
        "par exemple +52.",
        "Population": "Population",
        "Number of inhabitants of your region.": "Nombre d’habitants de votre région.",
        "Area in km²": "Superficie en km²",
        "Surface area of your region in square kilometres.": "Superficie de votre région en kilomètres "
        "carrés.",
        "Message": "Message",
        "Tell us about your region's work on biodiversity and why you would like to join.": "Parlez-nous "
        "de l’action de votre région en faveur de la biodiversité et de votre souhait d’adhérer.",
        "I agree that R4BLP keeps these details to answer my application.": "J’accepte que R4BLP "
        "conserve ces informations pour répondre à ma candidature.",
        "How we handle your data is explained in our privacy notice:": "Notre politique de "
        "confidentialité explique comment nous traitons vos données :",
    },
    "pt": {
        "Join the platform": "Junte-se à plataforma",
        "Regional governments that want to protect biodiversity together with their peers are welcome "
        "to join the platform. Tell us about your region and our Policy Officer will get back to you "
        "as soon as possible.": "Os governos regionais que querem proteger a biodiversidade junto com "
        "seus pares são bem-vindos à plataforma. Conte-nos sobre sua região, e nossa responsável de "
        "políticas responderá o mais breve possível.",
        "Thank you for your application. We have sent you a confirmation by email, and our Policy "
        "Officer will get back to you as soon as possible.": "Obrigado pela sua candidatura. Enviámos "
        "uma confirmação por e-mail, e nossa responsável de políticas responderá o mais breve "
        "possível.",
        "Regional government": "Governo regional",
        "The official name of your regional or subnational government.": "O nome oficial do seu governo "
        "regional ou subnacional.",
        "Country": "País",
        "Contact person": "Pessoa de contato",
        "Your first and last name.": "Seu nome e sobrenome.",
        "Position": "Cargo",
        "Your role in the regional government.": "Sua função no governo regional.",
        "Email": "E-mail",
        "We will answer you at this address.": "Responderemos para este endereço.",
        "Phone": "Telefone",
        "With the international dialling code, for example +52.": "Com o indicativo internacional, por "
        "exemplo +52.",
        "Population": "População",
        "Number of inhabitants of your region.": "Número de habitantes da sua região.",
        "Area in km²": "Área em km²",
        "Surface area of your region in square kilometres.": "Área da sua região em quilômetros quadrados.",
        "Message": "Mensagem",
        "Tell us about your region's work on biodiversity and why you would like to join.": "Conte-nos sobre "
        "o trabalho da sua região em biodiversidade e por que você deseja aderir.",
        "I agree that R4BLP keeps these details to answer my application.": "Aceito que a R4BLP guarde "
        "estes dados para responder à minha candidatura.",
        "How we handle your data is explained in our privacy notice:": "A forma como tratamos seus "
        "dados é explicada no nosso aviso de privacidade:",
    },
    "ar": {
        "Join the platform": "انضموا إلى المنصة",
        "Regional governments that want to protect biodiversity together with their peers are welcome "
        "to join the platform. Tell us about your region and our Policy Officer will get back to you "
        "as soon as possible.": "ترحّب المنصة بالحكومات الإقليمية التي ترغب في حماية التنوع البيولوجي "
        "مع نظيراتها. حدّثونا عن إقليمكم وستردّ عليكم مسؤولة السياسات لدينا في أقرب وقت ممكن.",
        "Thank you for your application. We have sent you a confirmation by email, and our Policy "
        "Officer will get back to you as soon as possible.": "شكرًا على طلبكم. أرسلنا إليكم تأكيدًا "
        "بالبريد الإلكتروني، وستردّ عليكم مسؤولة السياسات لدينا في أقرب وقت ممكن.",
        "Regional government": "الحكومة الإقليمية",
        "The official name of your regional or subnational government.": "الاسم الرسمي لحكومتكم "
        "الإقليمية أو دون الوطنية.",
        "Country": "البلد",
        "Contact person": "الشخص المسؤول عن التواصل",
        "Your first and last name.": "اسمكم الأول واسم العائلة.",
        "Position": "المنصب",
        "Your role in the regional government.": "دوركم في الحكومة الإقليمية.",
        "Email": "البريد الإلكتروني",
        "We will answer you at this address.": "سنردّ عليكم على هذا العنوان.",
        "Phone": "الهاتف",
        "With the international dialling code, for example +52.": "مع رمز الاتصال الدولي، مثل +52.",
        "Population": "عدد السكان",
        "Number of inhabitants of your region.": "عدد سكان إقليمكم.",
        "Area in km²": "المساحة بالكيلومتر المربع",
        "Surface area of your region in square kilometres.": "مساحة إقليمكم بالكيلومترات المربعة.",
        "Message": "الرسالة",
        "Tell us about your region's work on biodiversity and why you would like to join.": "حدّثونا عن "
        "عمل إقليمكم في مجال التنوع البيولوجي وعن سبب رغبتكم في الانضمام.",
        "I agree that R4BLP keeps these details to answer my application.": "أوافق على أن تحتفظ "
        "المنصة بهذه البيانات للرد على طلبي.",
        "How we handle your data is explained in our privacy notice:": "نشرح كيفية تعاملنا مع بياناتكم "
        "في إشعار الخصوصية:",
    },
}
