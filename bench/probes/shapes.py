#!/usr/bin/env python3
"""Shape probe: synthetic news pages whose article body takes uncommon markup shapes (thirteen: <br>-parted text,
bare <div>s, font tags, ads between two content boxes, subheads, a Q&A, linked words, a short dispatch, a block
quotation, a list inside the body...) in four page frames (an <article>, plain divs, a layout table, a sidebar)
with four tails (none, a related box of teaser units, a comment thread, both), in French, English and Arabic:
624 pages, all text written for this probe (the teaser units and the author bio come from body.py). Writes
<dir>/pages/*.html and <dir>/manifest.json. Run through bench/probe-shapes.ts, which renders and checks them.
"""
import json, os, itertools, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from body import L as BODY
DIR = os.environ.get('PROBE_DIR', '/tmp/depeche-probe-shapes')
OUT = os.path.join(DIR, 'pages')
L = {
 'fr': dict(title='Le port de Tanger étend son terminal à conteneurs', site='Le Détroit',
   P=["L’autorité portuaire de Tanger a annoncé mardi l’extension de son terminal à conteneurs, un chantier de trois ans qui doit doubler la capacité du port et attirer de nouvelles lignes maritimes.",
      "Les travaux commenceront à l’automne, une fois les derniers permis obtenus, et mobiliseront près de deux mille ouvriers selon la direction du port, qui promet des retombées pour toute la région.",
      "Le coût du projet est estimé à quatre milliards de dirhams, financés pour moitié par l’État et pour moitié par un consortium d’opérateurs privés qui exploiteront le terminal pendant vingt-cinq ans.",
      "Les transporteurs saluent le projet, même si plusieurs d’entre eux rappellent que l’engorgement aux portes du terminal leur coûte encore des heures chaque jour et réclament un nouveau système de réservation.",
      "La direction du port promet de publier un premier calendrier détaillé avant la fin du mois et de réunir les principaux armateurs en septembre pour discuter des tarifs et des créneaux d’escale."],
   H=['Un chantier de trois ans', 'Des retombées attendues'],
   comments=['Karim', 'Enfin une bonne nouvelle pour la région, il était temps que les travaux commencent après tant d’annonces restées sans suite depuis des années.'],
   teaser=('Safi : la station de l’OCP alimentera aussi la ville', 'Le groupe phosphatier a confirmé que sa nouvelle unité fournira de l’eau potable à plus de 300 000 habitants d’ici la fin de l’année, selon un communiqué publié lundi…'),
   related='Sur le même sujet', edito='Édito', ad='Publicité', q=['Pourquoi ce chantier maintenant ?', 'Quel calendrier retenez-vous ?'],
   menu=['Accueil','Économie','Sport','Culture','Monde','Régions'], footer='© 2024 Le Détroit. Tous droits réservés.'),
 'en': dict(title='Tangier port to expand its container terminal', site='The Strait',
   P=["The Tangier port authority announced on Tuesday the expansion of its container terminal, a three-year project meant to double the port's capacity and draw new shipping lines.",
      "Work will begin in the autumn once the last permits are granted and will employ nearly two thousand workers, according to the port's management, which promises benefits for the whole region.",
      "The project is expected to cost four billion dirhams, half paid by the state and half by a consortium of private operators that will run the terminal for twenty-five years.",
      "Carriers welcomed the plan, although several of them said congestion at the terminal gates still costs them hours every day and called for a new booking system before the works begin.",
      "Port managers promised to publish a detailed timetable before the end of the month and to meet the main shipping lines in September to discuss fees and berthing slots."],
   H=['A three-year project', 'Benefits expected'],
   comments=['Karim', 'Finally some good news for the region, it was about time the works started after so many announcements that came to nothing over the years.'],
   teaser=('Safi: the OCP plant will also supply the city', 'The phosphate group confirmed that its new unit will provide drinking water to more than 300,000 residents by the end of the year, according to a statement released on Monday…'),
   related='Related articles', edito='Editorial', ad='Advertisement', q=['Why this project now?', 'What timetable do you expect?'],
   menu=['Home','Business','Sport','Culture','World','Regions'], footer='© 2024 The Strait. All rights reserved.'),
 'ar': dict(title='ميناء طنجة يوسع محطة الحاويات', site='المضيق',
   P=["أعلنت الوكالة المينائية بطنجة يوم الثلاثاء عن توسيع محطة الحاويات، في ورش يمتد ثلاث سنوات ويهدف إلى مضاعفة الطاقة الاستيعابية للميناء واستقطاب خطوط بحرية جديدة.",
      "وستنطلق الأشغال في الخريف بعد الحصول على آخر التراخيص، وستشغل نحو ألفي عامل حسب إدارة الميناء، التي تعد بانعكاسات إيجابية على الجهة بأكملها.",
      "وتقدر كلفة المشروع بأربعة مليارات درهم، تمول الدولة نصفها ويمول النصف الآخر تجمع من المشغلين الخواص الذين سيستغلون المحطة لمدة خمس وعشرين سنة.",
      "ورحب الناقلون بالمشروع، وإن ذكر عدد منهم أن الاكتظاظ عند بوابات المحطة ما زال يكلفهم ساعات كل يوم، وطالبوا بنظام حجز جديد قبل بدء الأشغال.",
      "ووعدت إدارة الميناء بنشر جدول زمني مفصل قبل نهاية الشهر وبعقد لقاء مع أهم شركات الملاحة في شتنبر لمناقشة الرسوم ومواعيد الرسو."],
   H=['ورش يمتد ثلاث سنوات', 'انعكاسات منتظرة'],
   comments=['كريم', 'أخيرا خبر سار للجهة، لقد حان الوقت لانطلاق الأشغال بعد كل هذه الإعلانات التي بقيت دون متابعة منذ سنوات طويلة.'],
   teaser=('آسفي: محطة المجمع الشريف للفوسفاط ستزود المدينة أيضا', 'أكد المجمع أن وحدته الجديدة ستوفر الماء الصالح للشرب لأكثر من 300 ألف نسمة قبل نهاية السنة، حسب بلاغ صدر يوم الاثنين…'),
   related='مواضيع ذات صلة', edito='افتتاحية', ad='إشهار', q=['لماذا هذا الورش الآن؟', 'ما هو الجدول الزمني المرتقب؟'],
   menu=['الرئيسية','اقتصاد','رياضة','ثقافة','دولي','جهات'], footer='© 2024 المضيق. جميع الحقوق محفوظة.'),
}
def esc(s): return s.replace('&','&amp;').replace('<','&lt;')
def nav(d): return '<nav><ul>'+''.join(f'<li><a href="/{i}">{m}</a></li>' for i,m in enumerate(d['menu']))+'</ul></nav>'
def ps(P): return ''.join(f'<p>{esc(p)}</p>' for p in P)
def teasers(d, n=6):
    items=BODY[d['code']]['teasers'][1]
    return f'<section class="related"><h3>{d["related"]}</h3>'+''.join(f'<div class="item"><h4><a href="/r/{i}">{esc(t)}</a></h4><p>{esc(e)}</p></div>' for i,(t,e) in enumerate(items))+'</section>'
def comments(d, n=10):
    who,c=d['comments']
    return '<section id="comments"><h3>Commentaires</h3>'+''.join(f'<div class="comment"><p class="author">{who} {i}</p><p>{esc(c)}</p></div>' for i in range(n))+'</section>'
# body shapes: function(d) -> article html
def s_plain(d): return ps(d['P'])
def s_divbr(d): return '<div class="texte">'+'<br><br>'.join(esc(p) for p in d['P'])+'</div>'
def s_divbr1(d): return '<div class="texte">'+'<br>\n'.join(esc(p) for p in d['P'])+'</div>'
def s_divs(d): return ''.join(f'<div>{esc(p)}</div>' for p in d['P'])
def s_spans(d): return ''.join(f'<p><span style="font-size:14px"><font face="Arial">{esc(p)}</font></span></p>' for p in d['P'])
def s_nbsp(d): return '<p>&nbsp;</p>'.join(f'<p>{esc(p)}</p>' for p in d['P'])
def s_ads(d): P=d['P']; return f'<div class="content">{ps(P[:2])}</div><div class="ad"><span>{d["ad"]}</span><div id="gpt1"></div></div><div class="content">{ps(P[2:])}</div>'
def s_subheads(d): P=d['P']; return ps(P[:2])+f'<h2>{d["H"][0]}</h2>'+ps(P[2:4])+f'<h2>{d["H"][1]}</h2>'+ps(P[4:])
def s_qa(d): P=d['P']; return ps(P[:1])+f'<p><strong>{d["q"][0]}</strong></p>'+ps(P[1:3])+f'<p><strong>{d["q"][1]}</strong></p>'+ps(P[3:])
def s_links(d): return ''.join('<p>'+' '.join(f'<a href="/t/{j}">{w}</a>' if j%3==0 else w for j,w in enumerate(esc(p).split(' ')))+'</p>' for p in d['P'])
def s_short(d): return ps(d['P'][:2])
def s_blockq(d): P=d['P']; return ps(P[:2])+f'<blockquote><p>{esc(P[2])}</p></blockquote>'+ps(P[3:])
def s_lists(d): P=d['P']; return ps(P[:2])+'<ul>'+''.join(f'<li>{esc(p)}</li>' for p in P[2:4])+'</ul>'+ps(P[4:])
SHAPES=dict(plain=s_plain,divbr=s_divbr,divbr1=s_divbr1,divs=s_divs,spans=s_spans,nbsp=s_nbsp,ads=s_ads,subheads=s_subheads,qa=s_qa,links=s_links,short=s_short,blockq=s_blockq,lists=s_lists)
# page frames: function(d, body, after) -> page
def f_article(d,b,a): return f'{nav(d)}<main><article><h1>{d["title"]}</h1>{b}</article>{a}</main>'
def f_noart(d,b,a): return f'{nav(d)}<div id="main"><div class="post"><h1 class="post-title">{d["title"]}</h1><div class="post-body">{b}</div></div>{a}</div>'
def f_table(d,b,a): return f'<table width="100%"><tr><td class="menu" width="150">{"<br>".join(f"<a href=/{i}>{m}</a>" for i,m in enumerate(d["menu"]))}</td><td><h1>{d["title"]}</h1>{b}{a}</td></tr></table>'
def f_sidebar(d,b,a):
    side=f'<aside class="sidebar"><h3>{d["edito"]}</h3>'+ps([d['comments'][1], BODY[d['code']]['bio'][0]])+'</aside>'
    return f'{nav(d)}<div class="wrap"><div class="main"><h1>{d["title"]}</h1><div class="entry">{b}</div>{a}</div>{side}</div>'
FRAMES=dict(article=f_article,noart=f_noart,table=f_table,sidebar=f_sidebar)
AFTERS=dict(none=lambda d:'', teasers=teasers, comments=comments, both=lambda d: teasers(d)+comments(d))
def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    man={}
    for lang,d in L.items():
        d['code']=lang
        for (sn,s),(fn,f),(an,a) in itertools.product(SHAPES.items(),FRAMES.items(),AFTERS.items()):
            name=f'{lang}_{sn}_{fn}_{an}'
            html=(f'<!doctype html><html lang="{lang}"{" dir=rtl" if lang=="ar" else ""}><head><meta charset="utf-8">'
                  f'<title>{d["title"]} - {d["site"]}</title></head><body>{f(d,s(d),a(d))}<footer><p>{d["footer"]}</p></footer></body></html>')
            open(os.path.join(OUT,name+'.html'),'w').write(html)
            man[name]=dict(lang=lang,shape=sn,frame=fn,after=an,title=d['title'],P=d['P'][:2] if sn=='short' else d['P'],
                           forbidden=dict(comments=[d['comments'][1][:40]],teasers=[e[:40] for t,e in BODY[lang]['teasers'][1]],
                                          footer=[d['footer']],ad=[d['ad']]))
    json.dump(man,open(os.path.join(DIR,'manifest.json'),'w'),ensure_ascii=False,indent=0)
    print(len(man),'pages')

if __name__ == "__main__":
    main()
