#!/usr/bin/env python3
"""Header probe: synthetic news pages (French, English, Arabic) whose article head is laid out in every combination of
breadcrumb, kicker, standfirst (none, before or after the meta line), image with its caption (none, before or after
the meta line) and several byline/date line layouts, over the same three paragraphs and the same tail (tags, share
row, comments, footer). All text written for this probe. Writes <dir>/pages/*.html and <dir>/manifest.json (each
page's language, layout, title, authors, day, lead and last paragraph markers, and the marker phrases of what must
stay out of the text: the tail's and the caption's). Run through bench/probe-header.ts, which renders and checks them:

  npx tsx bench/probe-header.ts          # generate, render (w3m, lynx, Chromium), check
"""
import itertools, json, os, shutil
OUT = os.path.join(os.environ.get('PROBE_DIR', '/tmp/depeche-probe-header'), 'pages')

# One table per language. `metas`: the byline/date line layouts, each (html, carries the byline, carries the date);
# `axes`: the values each layout dimension takes in that language (the combinations are their product).
L = {}
L['fr'] = dict(
 html_attrs='',
 nav=[('/','Accueil'),('/eco','Économie'),('/sport','Sport'),('/culture','Culture')],
 crumb='<div class="crumb"><a href="/">Accueil</a> &gt; <a href="/eco">Économie</a> &gt; <span>Ports</span></div>',
 kicker='Économie',
 title='Le port de Tanger étend son terminal à conteneurs',
 dek='Un chantier de trois ans doit doubler la capacité du port et attirer de nouvelles lignes vers l’Afrique de l’Ouest.',
 P=["L’autorité portuaire de Tanger a annoncé mardi l’extension de son terminal à conteneurs, un chantier de trois ans qui doit doubler la capacité du port.",
    "Les travaux commenceront à l’automne, une fois les derniers permis obtenus, et mobiliseront près de deux mille ouvriers selon la direction du port, qui promet des retombées pour toute la région.",
    "Les transporteurs saluent le projet, même si plusieurs d’entre eux rappellent que l’engorgement aux portes du terminal leur coûte encore des heures chaque jour."],
 lead='L’autorité portuaire de Tanger', last='Les transporteurs saluent',
 author='Amina Saidi', day='2024-03-12',
 metas={'par_le':('<p class="meta">Par <a href="/a/amina">Amina Saidi</a> le 12/03/2024 à 10h15</p>',True,True),
        'split':('<div class="meta"><span>Amina Saidi</span><time>12 mars 2024</time></div>',True,True),
        'publie':('<p class="meta">Publié le 12 mars 2024 | Par : Amina Saidi | 3 min de lecture</p>',True,True),
        'none':('',False,False)},
 figure='<figure><img src="/x.jpg" alt="Le terminal à conteneurs"><figcaption>Le terminal à conteneurs de Tanger. Photo : MAP</figcaption></figure>',
 caption=['Photo : MAP'],
 tail=('<p>Tags : port, Tanger, logistique</p><p>Partager : Facebook Twitter WhatsApp</p>',
       '<section><h3>Commentaires (2)</h3><p>Karim : Bonne nouvelle pour la région !</p><p>Laisser un commentaire</p></section>',
       '<footer>© 2024 Le Détroit. Tous droits réservés.</footer>'),
 tail_marks=['Bonne nouvelle','Partager','Tags'],
 axes=dict(crumb=[0,1],kicker=[0,1],dek=['none','before','after'],img=['','after','before_meta'],meta=['par_le','split','publie','none']),
)
L['en'] = dict(
 html_attrs='',
 nav=[('/','Home'),('/eco','Business'),('/sport','Sport'),('/culture','Culture')],
 crumb='<div class="crumb"><a href="/">Home</a> &gt; <a href="/eco">Business</a> &gt; <span>Ports</span></div>',
 kicker='Business',
 title='Tangier port to expand its container terminal',
 dek='The three-year project is meant to double the port capacity and draw new lines to West Africa.',
 P=["The port authority of Tangier said on Tuesday it would expand its container terminal, a three-year project meant to double the port capacity.",
    "Work will start in the autumn once the last permits are granted and will employ nearly two thousand workers, according to the port, which promises benefits for the whole region.",
    "Carriers welcomed the plan, though several said congestion at the terminal gates still cost them hours every day."],
 lead='The port authority of Tangier', last='Carriers welcomed',
 author='Amina Saidi', day='2024-03-12',
 metas={'by_on':('<p class="meta">By <a href="/a/amina">Amina Saidi</a> on March 12, 2024 at 10:15 am</p>',True,True),
        'split':('<div class="meta"><span>Amina Saidi</span><time>March 12, 2024</time></div>',True,True),
        'published':('<p class="meta">Published March 12, 2024 | By Amina Saidi | 3 min read</p>',True,True),
        'none':('',False,False)},
 figure='<figure><img src="/x.jpg" alt="The container terminal"><figcaption>The container terminal in Tangier. Photo: MAP</figcaption></figure>',
 caption=['Photo: MAP'],
 tail=('<p>Tags: port, Tangier, logistics</p><p>Share: Facebook Twitter WhatsApp</p>',
       '<section><h3>Comments (2)</h3><p>Karim: Good news for the region!</p><p>Leave a comment</p></section>',
       '<footer>© 2024 The Strait. All rights reserved.</footer>'),
 tail_marks=['Good news','Share:','Tags'],
 axes=dict(crumb=[0,1],kicker=[0,1],dek=['none','before','after'],img=['','after','before_meta'],meta=['by_on','split','published','none']),
)
# The Arabic site's house style: breadcrumb as plain text, meta lines without a class, no kicker, the standfirst
# only above the meta line, every layout with a byline and a date (city line, `nashr` date line then the name...).
L['ar'] = dict(
 html_attrs=' dir="rtl"',
 nav=[('/','الرئيسية'),('/s','سياسة'),('/e','اقتصاد'),('/r','رياضة')],
 crumb='<div>الرئيسية | اقتصاد | موانئ</div>',
 kicker=None,
 title='ميناء طنجة يوسع محطة الحاويات لاستقبال خطوط جديدة',
 dek='ورش يمتد ثلاث سنوات يهدف إلى مضاعفة طاقة الميناء واستقطاب خطوط جديدة نحو غرب إفريقيا.',
 P=['أعلنت سلطة ميناء طنجة يوم الثلاثاء عن توسيع محطة الحاويات، في ورش يمتد ثلاث سنوات ويهدف إلى مضاعفة طاقة الميناء واستقطاب خطوط جديدة نحو غرب إفريقيا.',
    'وستنطلق الأشغال في الخريف بعد الحصول على آخر التراخيص، وستشغل قرابة ألفي عامل حسب إدارة الميناء التي تعد بانعكاسات إيجابية على الجهة كلها.',
    'ورحب الناقلون بالمشروع، وإن ذكر عدد منهم أن الاكتظاظ عند بوابات المحطة ما زال يكلفهم ساعات كل يوم وأن نظام الحجز الجديد لم يحل المشكلة.'],
 lead='أعلنت سلطة ميناء طنجة', last='ورحب الناقلون',
 author='أمينة السعيدي', day='2024-03-12',
 metas={'biqalam':('<p>بقلم: <a href="/a">أمينة السعيدي</a> | 12 مارس 2024 - 10:15</p>',True,True),
        'split':('<div><span>أمينة السعيدي</span><time>12 مارس 2024</time></div>',True,True),
        'nashr':('<p>نشر في 12 مارس 2024 على الساعة 10:15</p><p>أمينة السعيدي</p>',True,True),
        'city':('<p>أمينة السعيدي - الرباط</p><p>الثلاثاء 12 مارس 2024</p>',True,True)},
 figure='<figure><img alt="محطة الحاويات"><figcaption>محطة الحاويات بميناء طنجة (أرشيف)</figcaption></figure>',
 caption=['(أرشيف)'],
 tail=('<p>الوسوم: ميناء، طنجة</p><p>شارك: فيسبوك تويتر واتساب</p>',
       '<section><h3>التعليقات (2)</h3><p>كريم: خبر سار للجهة!</p><p>اترك تعليقاً</p></section>',
       '<footer>© 2024 جميع الحقوق محفوظة</footer>'),
 tail_marks=['خبر سار','شارك:','الوسوم'],
 axes=dict(crumb=[0,1],kicker=[0],dek=['none','before'],img=['','before_meta','after'],meta=['biqalam','split','nashr','city']),
)

def page(d, crumb, kicker, dek, img, meta):
    """One page: site menu, [breadcrumb], article head in the order the layout says, three paragraphs, tail."""
    meta_html=d['metas'][meta][0]
    h='<nav>'+' '.join(f'<a href="{u}">{x}</a>' for u,x in d['nav'])+'</nav>'
    if crumb: h+=d['crumb']
    a='<article>'
    if kicker: a+=f'<span class="kicker">{d["kicker"]}</span>'
    a+=f'<h1>{d["title"]}</h1>'
    if dek=='before': a+=f'<p class="dek">{d["dek"]}</p>'
    if img!='before_meta': a+=meta_html
    if img: a+=d['figure']
    if img=='before_meta': a+=meta_html
    if dek=='after': a+=f'<p class="dek">{d["dek"]}</p>'
    inside,comments,footer=d['tail']
    a+=''.join(f'<p>{p}</p>' for p in d['P'])+inside+'</article>'+comments
    return f'<html{d["html_attrs"]}><head><meta charset="utf-8"></head><body>{h}{a}{footer}</body></html>'

def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    man={}
    for lang,d in L.items():
        ax=d['axes']
        for crumb,kicker,dek,img,meta in itertools.product(*(ax[k] for k in ('crumb','kicker','dek','img','meta'))):
            fn=f'{lang}_{crumb}{kicker}_{dek}_{img or "noimg"}_{meta}'
            open(os.path.join(OUT,fn+'.html'),'w').write(page(d,crumb,kicker,dek,img,meta))
            _,by,dated=d['metas'][meta]
            forb=dict(tail=d['tail_marks'])
            if img: forb['caption']=d['caption']
            man[fn]=dict(lang=lang,layout=dict(crumb=str(crumb),kicker=str(kicker),dek=dek,img=img or 'noimg',meta=meta),
                         title=d['title'],authors=[d['author']] if by else [],day=d['day'] if dated else None,
                         lead=d['lead'],last=d['last'],forbidden=forb)
    json.dump(man,open(os.path.join(OUT,'..','manifest.json'),'w'),ensure_ascii=False,indent=0)
    print(len(man),'pages')
main()
