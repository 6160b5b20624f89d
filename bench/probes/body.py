#!/usr/bin/env python3
"""Body probe: synthetic news pages (French, English, Arabic; three templates; fifty variants of what stands
after or inside the article's body), all text written for this probe. Writes <dir>/pages/*.html and
<dir>/manifest.json (each page's title, authors, body paragraphs, and the marker phrases of its furniture).
Run through bench/probe-body.ts, which renders and checks them:

  npx tsx bench/probe-body.ts            # generate, render (w3m, lynx, Chromium), check
"""
import json, os, shutil
OUT = os.path.join(os.environ.get('PROBE_DIR', '/tmp/depeche-probe-body'), 'pages')

L = {}
L['fr'] = dict(
 video=('VIDÉO. Le chantier de la station de dessalement vu du ciel','02:31'),
 readtime=('Temps de lecture : 4 min','3 commentaires'),
 comments2=[('Karim B.','12 mars 2024 à 14 h 32','Enfin une bonne nouvelle pour la région. Cela fait des années que les habitants de Berrechid et de Mediouna subissent des coupures chaque été, parfois pendant plusieurs jours. Espérons que le calendrier sera tenu cette fois, contrairement à ce qui s’est passé pour la station d’Agadir.'),('Samira','12 mars 2024 à 16 h 05','Et le prix du mètre cube pour les ménages ? Personne n’en parle alors que c’est la vraie question. Le dessalement consomme énormément d’énergie et quelqu’un finira bien par payer la facture.')],
 bio2='est journaliste au service Économie depuis 2015. Elle couvre l’énergie, l’eau et les grands chantiers d’infrastructure du Royaume.',
 source3='(Avec MAP)',
 pulldup='« Nous avons gagné quatre mois sur le calendrier initial »',
 site='La Vigie', url='https://www.lavigie-demo.ma/economie/casablanca-dessalement-premiers-metres-cubes-2026_18344.html',
 nav=['Accueil','Politique','Économie','Société','Monde','Sport','Culture','Vidéos'], search='Rechercher', login='Se connecter',
 crumb=['Accueil','Économie','Eau'], kicker='Économie',
 title='Casablanca : la station de dessalement livrera ses premiers mètres cubes dès l’été 2026',
 author='Amina Saidi', by='Par', date='Publié le 12 mars 2024 à 10h15', upd='Mis à jour le 12 mars 2024 à 18h40',
 P=[
 'La future station de dessalement du Grand Casablanca produira ses premiers mètres cubes d’eau potable dès l’été 2026, a annoncé mardi l’Office national de l’électricité et de l’eau potable (ONEE), à l’issue d’un comité de suivi réuni à Rabat en présence du ministre de l’Équipement et de l’Eau.',
 'D’une capacité finale de 300 millions de mètres cubes par an, l’ouvrage sera le plus grand du continent africain. Il doit sécuriser l’approvisionnement de près de 7,5 millions d’habitants, alors que les barrages qui alimentent la métropole affichent un taux de remplissage inférieur à 25 %, après six années consécutives de sécheresse. La première tranche, de 200 millions de mètres cubes, sera alimentée en énergie renouvelable grâce à un parc éolien dédié.',
 '« Nous avons gagné quatre mois sur le calendrier initial », a assuré le directeur général de l’office, précisant que le génie civil était achevé à 68 % et que les membranes d’osmose inverse seraient livrées en juin.',
 'Sur le terrain, à une quarantaine de kilomètres au sud de Casablanca, près de 3 000 ouvriers se relaient jour et nuit. Les conduites d’adduction, longues de 130 kilomètres, doivent relier la station au réseau de la région de Settat, puis à celui de Marrakech dans une seconde phase. Le coût global du projet est estimé à 10 milliards de dirhams, financés dans le cadre d’un partenariat public-privé signé en 2023 avec un consortium hispano-marocain, qui exploitera l’usine pendant trente ans avant de la rétrocéder à l’État.',
 'Les associations de protection du littoral restent toutefois vigilantes. Elles réclament la publication de l’étude d’impact sur le rejet de saumure en mer et demandent un suivi indépendant de la faune marine au large de Lahraouiyine, où plusieurs pêcheurs artisanaux disent déjà avoir constaté une baisse de leurs prises.'],
 bio=('Journaliste au service Économie depuis 2015, Amina Saidi couvre l’énergie, l’eau et les grands chantiers d’infrastructure. Elle est diplômée de l’Institut supérieur de l’information et de la communication de Rabat.', 'Voir tous ses articles'),
 tags=('Mots-clés :', ['dessalement','stress hydrique','ONEE','Grand Casablanca']),
 share=('Partager cet article', ['Facebook','X','WhatsApp','LinkedIn','Copier le lien']),
 related=('À lire aussi', [('Sécheresse : les barrages du bassin de l’Oum Er-Rbia remplis à 6 %','10 mars 2024'),('Eau potable : Rabat lance un appel d’offres pour une deuxième usine','8 mars 2024'),('Agriculture : les quotas d’irrigation réduits de moitié dans le Souss','5 mars 2024'),('Dessalement : le Maroc vise 1,4 milliard de mètres cubes en 2030','1 mars 2024')]),
 teasers=('Sur le même sujet', [('Safi : la station de l’OCP alimentera aussi la ville','Le groupe phosphatier a confirmé que sa nouvelle unité fournira de l’eau potable à plus de 300 000 habitants d’ici la fin de l’année…'),('Les nappes phréatiques au plus bas dans le Saïss','Les agriculteurs de la région de Meknès doivent désormais forer à plus de 200 mètres pour atteindre l’eau, selon une étude récente…'),('Tanger Med mise sur l’eau recyclée','Le port a inauguré une unité de traitement des eaux usées destinée à l’arrosage et au nettoyage de ses quais, une première au Maroc…')], 'Lire la suite'),
 mostread=('Les plus lus', ['Bac 2024 : le calendrier des examens enfin dévoilé','Prix des carburants : nouvelle baisse à la pompe ce lundi','Raja : le club annonce le départ de son entraîneur','Météo : fortes averses attendues sur le Nord ce week-end','Immobilier : les prix reculent à Marrakech']),
 prevnext=(('Article précédent','Bourse de Casablanca : le Masi termine la semaine en hausse de 1,2 %'),('Article suivant','Tourisme : Agadir accueille un record de visiteurs en février')),
 comments=('3 commentaires', [('Karim B.','12 mars 2024 à 14 h 32','Enfin une bonne nouvelle pour la région. Il était temps que les choses bougent après tant d’années de coupures en été.'),('Samira','12 mars 2024 à 16 h 05','Et le prix du mètre cube pour les ménages ? Personne n’en parle alors que c’est la vraie question. Le dessalement coûte cher en énergie.'),('Youssef El Idrissi','13 mars 2024 à 08 h 47','Bravo aux ouvriers qui travaillent jour et nuit sur ce chantier.')], 'Répondre'),
 form=('Laisser un commentaire','Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *','Commentaire *','Nom *','E-mail *','Site web','Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.','Publier le commentaire'),
 news=('Recevez notre newsletter','Chaque matin, l’essentiel de l’actualité économique du Maroc directement dans votre boîte mail.','Votre adresse e-mail','Je m’inscris'),
 footer=(['Qui sommes-nous','Contact','Mentions légales','Publicité','Charte éditoriale','Politique de confidentialité'],'© 2024 La Vigie. Tous droits réservés.','12, boulevard Zerktouni, 20000 Casablanca – Tél. : 05 22 00 00 00'),
 pub='Publicité', source='Source : MAP', source2='Avec AFP',
 lire=('Lire aussi :','Sécheresse : le taux de remplissage des barrages au plus bas depuis 1980'),
 fig=('Le chantier de la station de dessalement, au sud de Casablanca, en février 2024.','© MAP / Youssef Alami'),
 tweet=('Visite ce matin du chantier de la station de dessalement du Grand Casablanca. Un projet stratégique pour la sécurité hydrique du Royaume. pic.twitter.com/x7Qk2LmP0a','Nizar Baraka','NizarBaraka','March 12, 2024'),
 h2='Un chantier qui tourne jour et nuit',
 facts=['300 millions de mètres cubes par an à terme','7,5 millions d’habitants desservis','10 milliards de dirhams d’investissement'],
 pull='« L’eau dessalée ne remplacera jamais une gestion sobre de la ressource »',
)
L['en'] = dict(
 video=('VIDEO. The desalination plant site seen from above','02:31'),
 readtime=('Reading time: 4 min','3 comments'),
 comments2=[('Karim B.','March 12, 2024 at 2:32 pm','Finally some good news for the region. For years people in Berrechid and Mediouna have suffered cuts every summer, sometimes for days. Let us hope the schedule holds this time, unlike what happened with the Agadir plant.'),('Samira','March 12, 2024 at 4:05 pm','And the price per cubic metre for households? Nobody talks about it even though it is the real question. Desalination uses a huge amount of energy and someone will end up paying the bill.')],
 bio2='has covered energy, water and infrastructure for the business desk since 2015. She studied journalism in Rabat.',
 source3='(With MAP)',
 pulldup='“We have gained four months on the original schedule”',
 site='The Strait', url='https://www.thestrait-demo.com/business/2024/03/12/casablanca-desalination-plant-first-water-2026/',
 nav=['Home','Politics','Business','Society','World','Sport','Culture','Video'], search='Search', login='Sign in',
 crumb=['Home','Business','Water'], kicker='Business',
 title='Casablanca desalination plant to deliver first water by summer 2026',
 author='Amina Saidi', by='By', date='Published March 12, 2024 at 10:15 am', upd='Updated March 12, 2024 at 6:40 pm',
 P=[
 'The desalination plant being built south of Casablanca will deliver its first cubic metres of drinking water by the summer of 2026, Morocco’s national water and electricity office (ONEE) said on Tuesday after a monitoring committee met in Rabat with the minister of equipment and water.',
 'With a final capacity of 300 million cubic metres a year, the plant will be the largest in Africa. It is meant to secure supplies for about 7.5 million people at a time when the dams serving the city are less than 25 percent full after six straight years of drought. The first phase, of 200 million cubic metres, will run on renewable power from a dedicated wind farm.',
 '“We have gained four months on the original schedule,” the office’s director general said, adding that civil works were 68 percent complete and that the reverse-osmosis membranes would arrive in June.',
 'On the site, some forty kilometres south of Casablanca, nearly 3,000 workers take turns day and night. Supply pipes 130 kilometres long are to link the plant to the network of the Settat region, and later to Marrakech in a second phase. The project is expected to cost 10 billion dirhams, financed under a public-private partnership signed in 2023 with a Spanish-Moroccan consortium that will run the plant for thirty years before handing it back to the state.',
 'Coastal protection groups remain wary. They want the environmental impact study on brine discharge to be published and are calling for independent monitoring of marine life off Lahraouiyine, where several small-scale fishermen say their catches have already fallen.'],
 bio=('Amina Saidi has covered energy, water and infrastructure for the business desk since 2015. She studied journalism at the Higher Institute of Information and Communication in Rabat.', 'See all her articles'),
 tags=('Tags:', ['desalination','water stress','ONEE','Greater Casablanca']),
 share=('Share this article', ['Facebook','X','WhatsApp','LinkedIn','Copy link']),
 related=('Related', [('Drought: dams in the Oum Er-Rbia basin only 6% full','March 10, 2024'),('Drinking water: Rabat launches a tender for a second plant','March 8, 2024'),('Farming: irrigation quotas halved in the Souss','March 5, 2024'),('Desalination: Morocco targets 1.4 billion cubic metres by 2030','March 1, 2024')]),
 teasers=('More on this story', [('Safi: the OCP plant will also supply the city','The phosphate group confirmed that its new unit will provide drinking water to more than 300,000 residents by the end of the year…'),('Groundwater at record lows in the Saiss plain','Farmers around Meknes now have to drill deeper than 200 metres to reach water, according to a recent study…'),('Tanger Med bets on recycled water','The port opened a wastewater treatment unit to water its green spaces and clean its quays, a first in Morocco…')], 'Read more'),
 mostread=('Most read', ['Baccalaureate 2024: exam calendar finally released','Fuel prices fall again at the pump on Monday','Raja announce the departure of their coach','Weather: heavy showers expected in the north this weekend','Property: prices slip in Marrakech']),
 prevnext=(('Previous article','Casablanca bourse: Masi ends the week up 1.2%'),('Next article','Tourism: Agadir welcomes record visitors in February')),
 comments=('3 comments', [('Karim B.','March 12, 2024 at 2:32 pm','Finally some good news for the region. It was about time things moved after so many years of summer cuts.'),('Samira','March 12, 2024 at 4:05 pm','And the price per cubic metre for households? Nobody talks about it even though it is the real question. Desalination eats a lot of energy.'),('Youssef El Idrissi','March 13, 2024 at 8:47 am','Well done to the workers toiling day and night on this site.')], 'Reply'),
 form=('Leave a Reply','Your email address will not be published. Required fields are marked *','Comment *','Name *','Email *','Website','Save my name, email, and website in this browser for the next time I comment.','Post Comment'),
 news=('Get our newsletter','Every morning, the essential Moroccan business news delivered straight to your inbox.','Your email address','Sign up'),
 footer=(['About us','Contact','Legal notice','Advertise','Editorial charter','Privacy policy'],'© 2024 The Strait. All rights reserved.','12 Zerktouni Boulevard, 20000 Casablanca – Tel: +212 522 000 000'),
 pub='Advertisement', source='Source: MAP', source2='With AFP',
 lire=('Read also:','Drought: dam levels at their lowest since 1980'),
 fig=('The desalination plant construction site south of Casablanca, February 2024.','Photo: MAP / Youssef Alami'),
 tweet=('Visited the Greater Casablanca desalination plant site this morning. A strategic project for the Kingdom’s water security. pic.twitter.com/x7Qk2LmP0a','Nizar Baraka','NizarBaraka','March 12, 2024'),
 h2='A site that runs day and night',
 facts=['300 million cubic metres a year at full capacity','7.5 million residents served','10 billion dirhams of investment'],
 pull='“Desalinated water will never replace careful management of the resource”',
)
L['ar'] = dict(
 video=('فيديو. ورش محطة تحلية مياه البحر من السماء','02:31'),
 readtime=('مدة القراءة: 4 دقائق','3 تعليقات'),
 comments2=[('كريم ب.','12 مارس 2024 على الساعة 14:32','أخيرا خبر سار للمنطقة. منذ سنوات وسكان برشيد ومديونة يعانون من الانقطاعات كل صيف، أحيانا لعدة أيام. نتمنى أن يتم احترام الآجال هذه المرة، عكس ما حدث مع محطة أكادير.'),('سميرة','12 مارس 2024 على الساعة 16:05','وماذا عن ثمن المتر المكعب بالنسبة للأسر؟ لا أحد يتحدث عنه رغم أنه السؤال الحقيقي. التحلية تستهلك كميات هائلة من الطاقة وفي النهاية سيدفع أحدهم الفاتورة.')],
 bio2='صحافية بالقسم الاقتصادي منذ سنة 2015، تغطي قضايا الطاقة والماء والأوراش الكبرى بالمملكة.',
 source3='(و.م.ع)',
 pulldup='«لقد ربحنا أربعة أشهر مقارنة بالجدول الزمني الأولي»',
 site='المنارة', url='https://www.almanara-demo.ma/economie/2024/03/12/محطة-تحلية-الدار-البيضاء-18344.html',
 nav=['الرئيسية','سياسة','اقتصاد','مجتمع','دولي','رياضة','ثقافة','فيديو'], search='بحث', login='تسجيل الدخول',
 crumb=['الرئيسية','اقتصاد','الماء'], kicker='اقتصاد',
 title='الدار البيضاء: محطة تحلية مياه البحر تنتج أولى أمتارها المكعبة صيف 2026',
 author='أمينة السعيدي', by='بقلم:', date='نشر في 12 مارس 2024 على الساعة 10:15', upd='آخر تحديث 12 مارس 2024 على الساعة 18:40',
 P=[
 'أعلن المكتب الوطني للكهرباء والماء الصالح للشرب، يوم الثلاثاء، أن محطة تحلية مياه البحر الجاري إنجازها جنوب الدار البيضاء ستنتج أولى أمتارها المكعبة من الماء الصالح للشرب ابتداء من صيف 2026، وذلك عقب اجتماع لجنة التتبع بالرباط بحضور وزير التجهيز والماء.',
 'وستبلغ الطاقة الإنتاجية النهائية للمحطة 300 مليون متر مكعب سنويا، ما يجعلها الأكبر في القارة الإفريقية. ومن المنتظر أن تؤمن تزويد نحو 7.5 ملايين نسمة بالماء، في وقت لا تتجاوز فيه نسبة ملء السدود التي تغذي العاصمة الاقتصادية 25 في المائة بعد ست سنوات متتالية من الجفاف. وسيعتمد الشطر الأول، بطاقة 200 مليون متر مكعب، على الطاقة المتجددة من حقل ريحي مخصص.',
 'وقال المدير العام للمكتب: «لقد ربحنا أربعة أشهر مقارنة بالجدول الزمني الأولي»، مضيفا أن نسبة تقدم أشغال الهندسة المدنية بلغت 68 في المائة، وأن أغشية التناضح العكسي ستصل في يونيو المقبل.',
 'وفي عين المكان، على بعد نحو أربعين كيلومترا جنوب الدار البيضاء، يتناوب قرابة 3000 عامل على العمل ليل نهار. ويرتقب أن تربط قنوات الجر، التي يبلغ طولها 130 كيلومترا، المحطة بشبكة جهة سطات، ثم بمراكش في مرحلة ثانية. وتقدر الكلفة الإجمالية للمشروع بنحو 10 مليارات درهم، يتم تمويلها في إطار شراكة بين القطاعين العام والخاص وقعت سنة 2023 مع تجمع إسباني مغربي سيتولى تسيير المحطة لمدة ثلاثين سنة قبل إعادتها إلى الدولة.',
 'غير أن جمعيات حماية الساحل تبقى يقظة، إذ تطالب بنشر دراسة التأثير على البيئة المتعلقة بتصريف المياه المالحة في البحر، وبتتبع مستقل للحياة البحرية قبالة الهراويين، حيث يؤكد عدد من الصيادين التقليديين أنهم لاحظوا تراجعا في كميات صيدهم.'],
 bio=('صحافية بالقسم الاقتصادي منذ سنة 2015، تغطي أمينة السعيدي قضايا الطاقة والماء والأوراش الكبرى. وهي خريجة المعهد العالي للإعلام والاتصال بالرباط.', 'جميع مقالات الكاتبة'),
 tags=('الوسوم:', ['تحلية المياه','الإجهاد المائي','المكتب الوطني للكهرباء','الدار البيضاء الكبرى']),
 share=('شارك المقال', ['فيسبوك','إكس','واتساب','لينكدإن','نسخ الرابط']),
 related=('اقرأ أيضا', [('الجفاف: نسبة ملء سدود حوض أم الربيع لا تتعدى 6 في المائة','10 مارس 2024'),('الماء الشروب: الرباط تطلق طلب عروض لمحطة ثانية','8 مارس 2024'),('الفلاحة: تقليص حصص السقي إلى النصف بسوس','5 مارس 2024'),('التحلية: المغرب يراهن على 1.4 مليار متر مكعب في أفق 2030','1 مارس 2024')]),
 teasers=('مواضيع ذات صلة', [('آسفي: محطة المجمع الشريف للفوسفاط ستزود المدينة أيضا','أكد المجمع أن وحدته الجديدة ستوفر الماء الصالح للشرب لأكثر من 300 ألف نسمة قبل نهاية السنة…'),('الفرشة المائية في أدنى مستوياتها بسهل سايس','بات فلاحو منطقة مكناس مضطرين إلى الحفر لأكثر من 200 متر للوصول إلى الماء، حسب دراسة حديثة…'),('طنجة المتوسط تراهن على المياه المعالجة','دشن الميناء وحدة لمعالجة المياه العادمة مخصصة لسقي المساحات الخضراء وتنظيف الأرصفة، في سابقة بالمغرب…')], 'اقرأ المزيد'),
 mostread=('الأكثر قراءة', ['باكالوريا 2024: الكشف أخيرا عن جدولة الامتحانات','أسعار المحروقات: انخفاض جديد في محطات الوقود يوم الاثنين','الرجاء يعلن رحيل مدربه','الطقس: زخات قوية مرتقبة بالشمال نهاية الأسبوع','العقار: تراجع الأسعار بمراكش']),
 prevnext=(('المقال السابق','بورصة الدار البيضاء: مازي يختتم الأسبوع بارتفاع 1.2 في المائة'),('المقال التالي','السياحة: أكادير تستقبل عددا قياسيا من الزوار في فبراير')),
 comments=('3 تعليقات', [('كريم ب.','12 مارس 2024 على الساعة 14:32','أخيرا خبر سار للمنطقة. لقد حان الوقت لتتحرك الأمور بعد سنوات من الانقطاعات في فصل الصيف.'),('سميرة','12 مارس 2024 على الساعة 16:05','وماذا عن ثمن المتر المكعب بالنسبة للأسر؟ لا أحد يتحدث عنه رغم أنه السؤال الحقيقي. التحلية تستهلك الكثير من الطاقة.'),('يوسف الإدريسي','13 مارس 2024 على الساعة 08:47','تحية للعمال الذين يشتغلون ليل نهار في هذا الورش.')], 'رد'),
 form=('اترك تعليقاً','لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *','التعليق *','الاسم *','البريد الإلكتروني *','الموقع الإلكتروني','احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.','إرسال التعليق'),
 news=('اشترك في نشرتنا البريدية','كل صباح، أهم الأخبار الاقتصادية المغربية مباشرة في بريدك الإلكتروني.','بريدك الإلكتروني','اشترك'),
 footer=(['من نحن','اتصل بنا','الشروط القانونية','الإشهار','ميثاق التحرير','سياسة الخصوصية'],'© 2024 المنارة. جميع الحقوق محفوظة.','12، شارع الزرقطوني، 20000 الدار البيضاء – الهاتف: 0522000000'),
 pub='إشهار', source='المصدر: و.م.ع', source2='عن وكالة فرانس برس',
 lire=('اقرأ أيضا:','الجفاف: نسبة ملء السدود في أدنى مستوى لها منذ 1980'),
 fig=('ورش محطة تحلية مياه البحر جنوب الدار البيضاء، فبراير 2024.','© و.م.ع / يوسف العلمي'),
 tweet=('زيارة هذا الصباح لورش محطة تحلية مياه البحر بالدار البيضاء الكبرى. مشروع استراتيجي للأمن المائي للمملكة. pic.twitter.com/x7Qk2LmP0a','نزار بركة','NizarBaraka','March 12, 2024'),
 h2='ورش لا يتوقف ليل نهار',
 facts=['300 مليون متر مكعب سنويا عند اكتمال المشروع','7.5 ملايين نسمة مستفيدة','10 مليارات درهم من الاستثمارات'],
 pull='«الماء المحلى لن يعوض أبدا التدبير المعقلن للموارد»',
)

def esc(s): return s.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;')

# ---- furniture pieces: each returns (html, [marker strings that must NOT be in article.text])
def f_bio(d,t):
    h=f'<div class="author-box"><img src="/a/amina.jpg" alt=""><div class="author-info"><h4 class="author-name">{d["author"]}</h4><p>{esc(d["bio"][0])}</p><a href="/auteur/amina-saidi" class="all">{d["bio"][1]}</a></div></div>'
    return h,[d['bio'][0][:60], d['bio'][1]]
def f_tags(d,t):
    h=f'<div class="tags"><span class="label">{d["tags"][0]}</span> '+' '.join(f'<a href="/tag/{i}" rel="tag">{esc(x)}</a>' for i,x in enumerate(d['tags'][1]))+'</div>'
    return h,[d['tags'][0].rstrip(' :'), d['tags'][1][1]]
def f_share(d,t):
    h=f'<div class="share"><span>{d["share"][0]}</span><ul>'+''.join(f'<li><a href="#" class="s{i}">{x}</a></li>' for i,x in enumerate(d['share'][1]))+'</ul></div>'
    return h,[d['share'][0], d['share'][1][-1]]
def f_related(d,t):
    h=f'<section class="related"><h3>{d["related"][0]}</h3><ul>'+''.join(f'<li><a href="/r/{i}">{esc(a)}</a> <span class="date">{b}</span></li>' for i,(a,b) in enumerate(d['related'][1]))+'</ul></section>'
    return h,[a for a,b in d['related'][1]]
def f_teasers(d,t):
    h=f'<section class="teasers"><h3>{d["teasers"][0]}</h3>'+''.join(f'<div class="card"><a href="/t/{i}"><img src="/t{i}.jpg" alt=""></a><h4><a href="/t/{i}">{esc(a)}</a></h4><p>{esc(b)}</p><a href="/t/{i}" class="more">{d["teasers"][2]}</a></div>' for i,(a,b) in enumerate(d['teasers'][1]))+'</section>'
    return h,[b[:50] for a,b in d['teasers'][1]]+[a for a,b in d['teasers'][1]]
def f_mostread(d,t):
    h=f'<div class="most-read"><h3>{d["mostread"][0]}</h3><ol>'+''.join(f'<li><a href="/m/{i}">{esc(x)}</a></li>' for i,x in enumerate(d['mostread'][1]))+'</ol></div>'
    return h,d['mostread'][1]
def f_prevnext(d,t):
    (l1,h1),(l2,h2)=d['prevnext']
    h=f'<nav class="post-navigation"><div class="nav-previous"><a href="/prev"><span class="meta-nav">{l1}</span> <span class="post-title">{esc(h1)}</span></a></div><div class="nav-next"><a href="/next"><span class="meta-nav">{l2}</span> <span class="post-title">{esc(h2)}</span></a></div></nav>'
    return h,[h1,h2]
def f_comments(d,t):
    h=f'<div id="comments" class="comments-area"><h3 class="comments-title">{d["comments"][0]}</h3><ol class="comment-list">'
    for i,(n,dt,tx) in enumerate(d['comments'][1]):
        h+=f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img src="/av.png" alt=""><b class="fn">{esc(n)}</b></div><div class="comment-metadata"><a href="#c{i}"><time>{dt}</time></a></div></footer><div class="comment-content"><p>{esc(tx)}</p></div><div class="reply"><a class="comment-reply-link" href="#r{i}">{d["comments"][2]}</a></div></article></li>'
    h+='</ol></div>'
    return h,[tx[:50] for n,dt,tx in d['comments'][1]]+[d['comments'][0]]
def f_form(d,t):
    a=d['form']
    h=f'<div id="respond" class="comment-respond"><h3 class="comment-reply-title">{a[0]}</h3><form action="/wp-comments-post.php" method="post"><p class="comment-notes">{esc(a[1])}</p><p><label for="comment">{a[2]}</label><br><textarea id="comment" name="comment" rows="8"></textarea></p><p><label for="author">{a[3]}</label> <input id="author" name="author" type="text"></p><p><label for="email">{a[4]}</label> <input id="email" name="email" type="email"></p><p><label for="url">{a[5]}</label> <input id="url" name="url" type="url"></p><p class="comment-form-cookies-consent"><input id="consent" type="checkbox"> <label for="consent">{esc(a[6])}</label></p><p class="form-submit"><input type="submit" value="{a[7]}"></p></form></div>'
    return h,[a[1][:40], a[6][:40], a[0]]
def f_news(d,t):
    a=d['news']
    h=f'<div class="newsletter"><h3>{a[0]}</h3><p>{esc(a[1])}</p><form><input type="email" placeholder="{a[2]}"> <button type="submit">{a[3]}</button></form></div>'
    return h,[a[0], a[1][:50]]
def f_footer(d,t):
    m,c,ad=d['footer']
    h='<footer class="site-footer"><div class="footer-menus"><ul>'+''.join(f'<li><a href="/p/{i}">{esc(x)}</a></li>' for i,x in enumerate(m[:3]))+'</ul><ul>'+''.join(f'<li><a href="/q/{i}">{esc(x)}</a></li>' for i,x in enumerate(m[3:]))+f'</ul></div><p class="copy">{esc(c)}</p><address>{esc(ad)}</address></footer>'
    return h,[c[:25], ad[:20], m[-1]]
def f_pub(d,t):
    return f'<div class="ad-slot"><span class="ad-label">{d["pub"]}</span><div id="div-gpt-ad-2"></div></div>',[d['pub']]
def f_source(d,t):
    return f'<p class="source">{esc(d["source"])}</p>',[d['source']]
def f_source2(d,t):
    return f'<p class="credit"><em>{esc(d["source2"])}</em></p>',[d['source2']]
# inside-body pieces (between P2 and P3): (html, forbidden markers, kept markers)
def i_lire(d,t):
    return f'<p class="read-also"><strong>{d["lire"][0]}</strong> <a href="/lire">{esc(d["lire"][1])}</a></p>',[d['lire'][1]],[]
def i_fig(d,t):
    return f'<figure class="wp-block-image"><img src="/chantier.jpg" alt=""><figcaption>{esc(d["fig"][0])} <span class="credit">{esc(d["fig"][1])}</span></figcaption></figure>',[d['fig'][0][:40], d['fig'][1]],[]
def i_ad(d,t):
    return f'<div class="inread-ad"><p class="ad-label">{d["pub"]}</p><div id="div-gpt-ad-1"></div></div>',[d['pub']],[]
def i_tweet(d,t):
    tx,n,hd,dt=d['tweet']
    return f'<blockquote class="twitter-tweet"><p lang="{t}" dir="auto">{esc(tx)}</p>&mdash; {n} (@{hd}) <a href="https://twitter.com/{hd}/status/1767">{dt}</a></blockquote>',[],[tx[:40], f'(@{hd})']
def i_h2(d,t):
    return f'<h2>{esc(d["h2"])}</h2>',[],[d['h2']]
def i_list(d,t):
    return '<ul>'+''.join(f'<li>{esc(x)}</li>' for x in d['facts'])+'</ul>',[],list(d['facts'])
def i_pull(d,t):
    return f'<aside class="pullquote"><blockquote><p>{esc(d["pull"])}</p></blockquote></aside>',[d['pull'][1:-1].strip('« »')],[]

def f_comments2(d,t):
    # WordPress classic theme: "Name dit :" / date link, longer 2-3 sentence comments
    says={'fr':'dit :','en':'says:','ar':'قال:'}[t]
    C=d['comments2']
    h=f'<div id="comments"><h3>{d["comments"][0]}</h3><ol class="commentlist">'
    for i,(n,dt,tx) in enumerate(C):
        h+=f'<li class="comment"><div class="comment-author vcard"><cite class="fn">{esc(n)}</cite> <span class="says">{says}</span></div><div class="comment-meta"><a href="#c{i}">{dt}</a></div><p>{esc(tx)}</p><div class="reply"><a href="#r{i}">{d["comments"][2]}</a></div></li>'
    h+='</ol></div>'
    return h,[tx[:50] for n,dt,tx in C]
def f_teasers2(d,t):
    # excerpt and "read more" in one paragraph, no heading per card
    h=f'<section class="teasers"><h3>{d["teasers"][0]}</h3>'+''.join(f'<div class="card"><h4><a href="/t/{i}">{esc(a)}</a></h4><p>{esc(b.rstrip("…"))}… <a href="/t/{i}">{d["teasers"][2]} »</a></p></div>' for i,(a,b) in enumerate(d['teasers'][1]))+'</section>'
    return h,[b[:50] for a,b in d['teasers'][1]]
def f_bio2(d,t):
    # bio as one sentence paragraph starting with the name, no heading
    h=f'<div class="author-box"><p><strong>{d["author"]}</strong> {esc(d["bio2"])}</p><p><a href="/auteur/amina-saidi">{d["bio"][1]}</a></p></div>'
    return h,[d['bio2'][:40], d['bio'][1]]
def f_source3(d,t):
    return f'<p class="source">{esc(d["source3"])}</p>',[d['source3']]

AFTER=dict(comments2=f_comments2,teasers2=f_teasers2,bio2=f_bio2,source3=f_source3,bio=f_bio,tags=f_tags,share=f_share,related=f_related,teasers=f_teasers,mostread=f_mostread,prevnext=f_prevnext,
           comments=f_comments,form=f_form,news=f_news,footer=f_footer,pub=f_pub,source=f_source,source2=f_source2)
def i_pulldup(d,t):
    # the usual pull quote: a sentence of the body repeated, in quotes
    q=d['pulldup']
    return f'<aside class="pullquote"><blockquote><p>{esc(q)}</p></blockquote></aside>',[],[]
def i_relblock(d,t):
    h=f'<div class="related-inline"><h4>{d["related"][0]}</h4><ul>'+''.join(f'<li><a href="/r/{i}">{esc(a)}</a> <span class="date">{b}</span></li>' for i,(a,b) in enumerate(d['related'][1][:3]))+'</ul></div>'
    return h,[a for a,b in d['related'][1][:3]],[]
def i_teaser(d,t):
    a,b=d['teasers'][1][0]
    return f'<div class="inline-card"><a href="/t/0"><img src="/t0.jpg" alt=""></a><div><span class="label">{d["teasers"][0]}</span><h4><a href="/t/0">{esc(a)}</a></h4><p>{esc(b)}</p></div></div>',[a,b[:50]],[]
def i_news(d,t):
    h,f=f_news(d,t); return h,f,[]
def i_video(d,t):
    cap,dur=d['video']
    return f'<div class="video-embed"><div class="player"><button>▶</button><span class="time">00:00 / {dur}</span></div><p class="video-caption">{esc(cap)}</p></div>',[cap[:30]],[]
def i_share(d,t):
    h,f=f_share(d,t); return h,f,[]
def i_readtime(d,t):
    a,b=d['readtime']
    return f'<div class="post-meta"><span>{esc(a)}</span> <a href="#comments">{esc(b)}</a></div>',[a,b],[]
TOP={'top-fig':'fig','top-share':'share','top-readtime':'readtime'}
INSIDE=dict(relblock=i_relblock,teaser=i_teaser,news=i_news,video=i_video,share=i_share,readtime=i_readtime,pulldup=i_pulldup,lire=i_lire,fig=i_fig,ad=i_ad,tweet=i_tweet,h2=i_h2,list=i_list,pull=i_pull)
# realistic combinations: (inside list, after list)
COMBOS=[
 ('c1',[],['tags','share','related','comments','form','footer']),
 ('c2',['fig','lire'],['bio','related','footer']),
 ('c3',[],['source','tags','share','teasers','mostread','footer']),
 ('c4',['h2','list','ad'],['prevnext','news','footer']),
 ('c5',['tweet','pull'],['pub','comments','form','footer']),
 ('x-prev-news',[],['prevnext','news']),
 ('x-prev-foot',[],['prevnext','footer']),
 ('x-list-prev',['list'],['prevnext']),
 ('x-h2-prev',['h2'],['prevnext']),
 ('x-ad-prev',['ad'],['prevnext']),
 ('x-src2-foot',[],['source2','footer']),
 ('x-src2-bio',[],['source2','bio']),
 ('x-src2-tags',[],['source2','tags']),
 ('c7',['top-fig','relblock','ad'],['related','comments','footer']),
 ('c8',['top-readtime','top-share','teaser','video'],['tags','mostread','news','footer']),
 ('c6',['fig','lire','h2','ad'],['source2','bio','tags','share','related','teasers','prevnext','comments','form','news','mostread','pub','footer']),
]
# which after-pieces sit inside the article container in each template (the rest go after it)
IN_ARTICLE={'source','source2','tags','share','bio','pub'}

def page(lang, tpl, inside, after):
    d=L[lang]; rtl=lang=='ar'
    forb={}; kept={}
    head=(f'<header class="site-header"><div class="logo"><a href="/">{d["site"]}</a></div>'
          f'<form class="search"><input type="search" placeholder="{d["search"]}"></form><a href="/login">{d["login"]}</a>'
          '<nav class="main-menu"><ul>'+''.join(f'<li><a href="/s{i}">{x}</a></li>' for i,x in enumerate(d['nav']))+'</ul></nav></header>')
    ins_html=''; top_html=''
    for k in inside:
        if k.startswith('top-'):
            h,f,kp=INSIDE[TOP[k]](d,lang); top_html+=h
        else:
            h,f,kp=INSIDE[k](d,lang); ins_html+=h
        if f: forb[k]=f
        if kp: kept[k]=kp
    P=d['P']
    body=top_html+''.join(f'<p>{esc(p)}</p>' for p in P[:2])+ins_html+''.join(f'<p>{esc(p)}</p>' for p in P[2:])
    inner=''; outer=''
    for k in after:
        h,f=AFTER[k](d,lang); forb[k]=f
        if tpl!='div' and k in IN_ARTICLE: inner+=h
        else: outer+=h
    footer=''
    if 'footer' in after:  # footer always last, outside everything
        h,_=f_footer(d,lang); outer=outer.replace(h,''); footer=h
    if tpl=='wp':
        art=(f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{esc(d["title"])}</h1>'
             f'<div class="entry-meta"><span class="byline">{d["by"]} <span class="author vcard"><a href="/auteur/amina-saidi">{d["author"]}</a></span></span> '
             f'<span class="posted-on"><time class="entry-date published" datetime="2024-03-12T10:15:00+01:00">{d["date"]}</time></span></div></header>'
             f'<div class="entry-content">{body}</div><footer class="entry-footer">{inner}</footer></article>{outer}')
        main=f'<div id="primary" class="content-area"><main id="main">{art}</main></div>'
    elif tpl=='div':
        main=(f'<div class="container"><div class="row"><div class="col-md-8"><div class="article-title"><h1>{esc(d["title"])}</h1></div>'
              f'<div class="article-info"><div class="author-name">{d["by"]} {d["author"]}</div><div class="date">{d["date"]}</div></div>'
              f'<div class="article-body">{body}</div>{outer}</div></div></div>')
    else:  # news: breadcrumb, kicker, updated line, byline split, <time>
        main=('<main><div class="breadcrumb">'+' › '.join(f'<a href="/b{i}">{x}</a>' for i,x in enumerate(d['crumb']))+'</div>'
              f'<article class="story"><span class="kicker">{d["kicker"]}</span><h1 class="headline">{esc(d["title"])}</h1>'
              f'<div class="byline"><div class="by">{d["by"]} <a href="/auteur/amina-saidi" rel="author">{d["author"]}</a></div><div class="dates"><time datetime="2024-03-12T10:15">{d["date"]}</time> <span class="upd">{d["upd"]}</span></div></div>'
              f'<div class="story-body">{body}{inner}</div></article>{outer}</main>')
    html=(f'<!DOCTYPE html><html lang="{lang}"'+(' dir="rtl"' if rtl else '')+f'><head><meta charset="utf-8"><title>{esc(d["title"])} | {d["site"]}</title></head>'
          f'<body>{head}{main}{footer}</body></html>')
    return html, forb, kept

def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    man={}
    variants=[('base',[],[])]+[(k,[],[k]) for k in AFTER]+[('in-'+k,[k],[]) for k in INSIDE if k not in ('share','readtime')]+[(k,[k],[]) for k in TOP]+COMBOS
    n=0
    for lang in ['fr','en','ar']:
        for tpl in ['wp','div','news']:
            for name,ins,aft in variants:
                n+=1
                fn=f'{lang}_{tpl}_{name}'
                html,forb,kept=page(lang,tpl,ins,aft)
                open(os.path.join(OUT,fn+'.html'),'w').write(html)
                d=L[lang]
                man[fn]=dict(lang=lang,tpl=tpl,variant=name,url=d['url'],title=d['title'],authors=[d['author']],P=d['P'],forbidden=forb,kept=kept,once=[L[lang]['pulldup'][1:-1].strip('« »')] if 'pulldup' in ins else [])
    json.dump(man,open(os.path.join(OUT,'..','manifest.json'),'w'),ensure_ascii=False,indent=0)
    print(n,'pages')
if __name__ == "__main__":
    main()
