#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate, render, index and self-check the independent spot corpus 20 (2025H1).

  gen.py OUT          (called by build.sh)
"""
import csv, datetime, html, json, os, random, re, shutil, subprocess, sys, unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import variants as V

SEED = 2025020
PERIOD = '2025H1'
LAYOUTS = {'A': ['html_utf8', 'html_item', 'soffice', 'groff', 'enscript'],
           'B': ['html_cp1252', 'chromium', 'wkhtmltopdf', 'weasyprint', 'gs_redistill']}
PRODUCER = {'html_utf8': 'HTML, utf-8 (static export)', 'html_item': 'HTML, one file per item (utf-8)',
            'soffice': 'LibreOffice Writer (HTML import) -> PDF', 'groff': 'groff -ms -Tpdf',
            'enscript': 'enscript (latin1 text) -> ps2pdf', 'html_cp1252': 'HTML, windows-1252',
            'chromium': 'Chromium headless --print-to-pdf', 'wkhtmltopdf': 'wkhtmltopdf',
            'weasyprint': 'WeasyPrint', 'gs_redistill': 'WeasyPrint, re-distilled by Ghostscript pdfwrite'}
MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december']
WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag']
FIRST = ['Hans', 'Karen', 'Peter', 'Lise', 'Jens', 'Mette', 'Søren', 'Birgitte', 'Ole', 'Hanne', 'Niels', 'Susanne', 'Bjørn', 'Åse', 'Jørgen', 'Ulla']
LAST = ['Jensen', 'Holm', 'Dam', 'Kjær', 'Møller', 'Sørensen', 'Bæk', 'Lund', 'Østergaard', 'Nørgaard', 'Friis', 'Skov', 'Brøndum', 'Ravn']
PARTIES = ['A', 'V', 'C', 'F', 'Ø', 'O', 'B', 'I', 'Æ']
STREETS = ['Skovvej', 'Kirkegade', 'Møllebakken', 'Søndergade', 'Æblehaven', 'Strandvejen', 'Præstevænget', 'Ågade', 'Bøgevej']
ASSOC = ['Idrætsforeningen Fremad', 'Boldklubben Øst', 'Rideklubben Skovly', 'Gymnastikforeningen Hørup', 'Sejlklubben Nordstrand']
COMP = ['Vej & Park Service ApS', 'Nordjysk Entreprise A/S', 'Grøn Drift ApS', 'Kjærs Maskinstation A/S']
COMP2 = ['Vestbyens Cykler ApS', 'Købmand Åkjær ApS', 'Torvets Boghandel ApS', 'Havnens Café ApS']


def squash(s):
    s = unicodedata.normalize('NFKC', s or '').lower()
    return ''.join(ch for ch in s if ch.isalnum())


def strip_marks(s):
    return s.replace('[[', '').replace(']]', '')


def marked(blocks):
    for b in blocks:
        vals = [b[1]] if isinstance(b[1], str) else [x for r in b[1] for x in (r if isinstance(r, list) else [r])]
        for v in vals:
            m = re.search(r'\[\[(.*?)\]\]', v)
            if m:
                return m.group(1)
    return None


def dlong(d):
    return '%d. %s %d' % (d.day, MONTHS[d.month - 1], d.year)


# ------------------------------------------------------------------ ordinary items

def ordinary(kind, c, h, rng):
    T = V.t
    if kind == 'agenda':
        return T(h, 'Godkendelse af dagsorden', 'Dagsorden – godkendelse'), [('h', V.S(c, h, 'dec')), ('p', T(h, 'Dagsordenen blev godkendt.', 'Godkendt.'))]
    if kind == 'budget':
        n = rng.randint(3, 40)
        return T(h, 'Budgetopfølgning pr. %s' % c['prev_month'], 'Økonomirapport – %s 2025' % c['prev_month']), [
            ('h', V.S(c, h, 'bg')), ('p', T(h, 'Opfølgningen viser et forventet mindreforbrug på serviceudgifterne på %d,4 mio. kr. Anlægsniveauet forventes overholdt.' % n,
                                          'Prognosen viser mindreudgifter på %d,4 mio. kr. på service. Anlægsrammen holdes.' % n)),
            ('h', V.S(c, h, 'reco')), ('ul', [T(h, 'at budgetopfølgningen tages til efterretning.', 'at økonomirapporten tages til efterretning.')]),
            ('h', V.S(c, h, 'dec')), ('p', 'Taget til efterretning.')]
    if kind == 'lokalplan':
        lp = rng.randint(100, 400)
        return T(h, 'Forslag til lokalplan nr. %d – erhverv ved %s' % (lp, c['street']), 'Lokalplanforslag %d for erhvervsområde ved %s' % (lp, c['street'])), [
            ('h', V.S(c, h, 'bg')), ('p', T(h, 'Forslaget giver mulighed for lettere erhverv i miljøklasse 1-3. Der er udarbejdet miljøscreening; planen vurderes ikke at kræve miljøvurdering.',
                                          'Planen udlægger areal til lettere erhverv. Miljøscreeningen viser, at der ikke skal laves miljøvurdering.')),
            ('h', V.S(c, h, 'reco')), ('ul', [T(h, 'at forslaget sendes i offentlig høring i 8 uger.', 'at planforslaget offentliggøres i 8 uger.')]),
            ('h', V.S(c, h, 'dec')), ('p', 'Godkendt.')]
    if kind == 'vej':
        return T(h, 'Anlægsbevilling – cykelsti langs %s' % c['street'], 'Cykelsti ved %s: frigivelse af rådighedsbeløb' % c['street']), [
            ('h', V.S(c, h, 'bg')), ('p', T(h, 'Der er afsat 6,8 mio. kr. i budget 2025. Projektet er medfinansieret af statens cykelpulje.', 'Projektet koster 6,8 mio. kr. og får tilskud fra cykelpuljen.')),
            ('h', V.S(c, h, 'eco')), ('p', T(h, 'Rådighedsbeløbet frigives som anlægsbevilling.', 'Beløbet gives som anlægsbevilling.')),
            ('h', V.S(c, h, 'reco')), ('ul', [T(h, 'at der gives en anlægsbevilling på 6,8 mio. kr.', 'at anlægsbevillingen gives.')]),
            ('h', V.S(c, h, 'dec')), ('p', 'Godkendt.')]
    if kind == 'valg':
        m = c['member4']
        return T(h, 'Udtræden – valg af nyt medlem til Børne- og Skoleudvalget', 'Valg til udvalg efter udtræden'), [
            ('h', V.S(c, h, 'bg')), ('p', T(h, 'Et medlem har søgt om fritagelse på grund af flytning. Stedfortræderen indtræder.', 'Et medlem er udtrådt efter eget ønske; første stedfortræder indtræder.')),
            ('h', V.S(c, h, 'dec')), ('p', T(h, '%s blev valgt som nyt medlem af Børne- og Skoleudvalget.' % m, 'Valgt: %s.' % m))]
    if kind == 'meddelelser':
        return T(h, 'Meddelelser', 'Orientering fra borgmesteren'), [
            ('p', T(h, 'Borgmesteren orienterede om KL\'s økonomiaftale og om status på skolebyggeriet.', 'Orientering om Kommunernes Landsforenings møde og om vinterberedskab.')),
            ('h', V.S(c, h, 'dec')), ('p', 'Taget til efterretning.')]
    if kind == 'lukket':
        return T(h, 'Lukket punkt: Køb af areal', 'Lukket sag – ejendomserhvervelse'), [
            ('h', V.S(c, h, 'dec')), ('p', T(h, 'Behandlet for lukkede døre, jf. kommunestyrelseslovens § 10, stk. 2, jf. forvaltningslovens § 15 b, nr. 2 (kommunens økonomiske interesser). Godkendt.',
                                            'Lukket efter kommunestyrelseslovens § 10, stk. 2 og forvaltningslovens § 15 b, nr. 2. Indstillingen tiltrådt.'))]
    raise KeyError(kind)


# ------------------------------------------------------------------ plan

def plan():
    rows = list(csv.DictReader(open('/work/shared/data/kommuner.csv', encoding='utf-8')))
    rng = random.Random(SEED)
    muns = rng.sample(rows, 24)
    halves = {'A': muns[:12], 'B': muns[12:]}
    out = {}
    for h, ms in halves.items():
        r = random.Random(SEED + (1 if h == 'A' else 2))
        docs = []
        for i, m in enumerate(ms):
            lay = LAYOUTS[h][i % 5]
            name = m['name']
            body = 'Borgerrepræsentationen' if m['code'] == '101' else r.choice(['Byrådet', 'Kommunalbestyrelsen', 'Byrådet'])
            months = sorted(r.sample(range(1, 7), 3))
            for mo in months:
                d = datetime.date(2025, mo, r.randint(20, 28))
                while d.weekday() > 3:
                    d -= datetime.timedelta(days=1)
                docs.append(dict(mun=name, code=m['code'], layout=lay, date=d, kind='council', body=body))
            if i in (0, 1):
                d = datetime.date(2025, r.choice([3, 5]), r.randint(10, 18))
                while d.weekday() > 3:
                    d -= datetime.timedelta(days=1)
                docs.append(dict(mun=name, code=m['code'], layout=lay, date=d, kind='committee', body='Økonomiudvalget'))
            if i in (2, 3):
                d = datetime.date(2024, 12, r.randint(10, 18)) if i == 2 else datetime.date(2025, 8, r.randint(25, 28))
                while d.weekday() > 3:
                    d -= datetime.timedelta(days=1)
                docs.append(dict(mun=name, code=m['code'], layout=lay, date=d, kind='out_of_period', body=body))
        # gold specs
        specs = []
        for cls, law, vs in V.CLASSES:
            for vn, fn in vs:
                specs.append((cls, law, vn, fn, True))
                specs.append((cls, law, vn, fn, False))
        r.shuffle(specs)
        council = [d for d in docs if d['kind'] == 'council']
        for d in docs:
            d['gold'] = []
        k = 0
        for sp in specs:
            for tries in range(len(council)):
                d = council[(k + tries) % len(council)]
                if all((g[0], g[2]) != (sp[0], sp[2]) for g in d['gold']) and len(d['gold']) < 3:
                    d['gold'].append(sp)
                    k = (k + tries + 1) % len(council)
                    break
            else:
                raise SystemExit('cannot place %s' % (sp,))
        nd = [d for d in docs if d['kind'] != 'council']
        planted = [V.CLASSES[0], V.CLASSES[4], V.CLASSES[2], V.CLASSES[3]]
        for d, (cls, law, vs) in zip(nd, planted):
            vn, fn = vs[0]
            d['gold'].append((cls, law, vn, fn, True))
        for d in docs:
            ords = ['budget', 'lokalplan', 'vej', 'valg', 'lukket']
            r.shuffle(ords)
            d['ord'] = ['agenda'] + ords[:r.randint(2, 3)] + ['meddelelser']
            d['rng'] = random.Random(r.random())
        out[h] = docs
    return out


def ctx(d, r):
    used = set()

    def person():
        while True:
            n = '%s %s' % (r.choice(FIRST), r.choice(LAST))
            if n not in used:
                used.add(n)
                return n
    mem = lambda: '%s (%s)' % (person(), r.choice(PARTIES))
    body = d['body']
    gen = {'Byrådet': 'Byrådets', 'Kommunalbestyrelsen': 'Kommunalbestyrelsens', 'Borgerrepræsentationen': 'Borgerrepræsentationens', 'Økonomiudvalget': 'Økonomiudvalgets'}[body]
    pre = d['date'] - datetime.timedelta(days=r.randint(6, 14))
    st = r.choice(STREETS)
    return dict(kommune=d['mun'], body=body, body_gen=gen, date_long=dlong(d['date']),
                committee='Økonomiudvalget' if d['kind'] != 'committee' else 'Social- og Sundhedsudvalget', pre_date=dlong(pre),
                member1=mem(), member2=mem(), member3=mem(), member4=mem(), member5=mem(),
                retro_date='1. %s 2025' % MONTHS[d['date'].month - 1], party=r.choice(PARTIES),
                spouse=person(), citizen=person() + ', %s %d' % (r.choice(STREETS), r.randint(2, 90)), citizen2=person(), citizen3=person(),
                address='%s %d' % (st, r.randint(2, 120)), street=st, lp=str(r.randint(100, 480)),
                assoc=r.choice(ASSOC), company=r.choice(COMP), company2=r.choice(COMP2),
                prev_month=MONTHS[max(0, d['date'].month - 2)] if d['date'].month > 1 else 'december')


def build_items(d, h):
    r = d['rng']
    c = ctx(d, r)
    gold = list(d['gold'])
    ords = d['ord']
    # gold items go between the ordinary open items, before "meddelelser"
    middle = ords[1:-1]
    seq = [('ord', ords[0])]
    mixed = [('ord', o) for o in middle if o != 'lukket'] + [('gold', g) for g in gold]
    r.shuffle(mixed)
    seq += mixed + [('ord', 'meddelelser')]
    if 'lukket' in middle:
        seq.append(('ord', 'lukket'))
    items = []
    for kind, x in seq:
        if kind == 'ord':
            title, blocks = ordinary(x, c, h, r)
            items.append(dict(title=title, blocks=blocks, gold=None))
        else:
            cls, law, vn, fn, flag = x
            title, blocks = fn(c, h, flag)
            items.append(dict(title=title, blocks=blocks, gold=dict(cls=cls, law=law, variant=vn, flag=flag, phrase=marked(blocks))))
    base = r.randint(1, 60) if d['layout'] in ('groff', 'wkhtmltopdf') else 1
    for i, it in enumerate(items):
        it['number'] = base + i
        it['case'] = '%02d.%02d.%02d-%s%02d-%d-25' % (r.randint(0, 85), r.randint(0, 20), r.randint(0, 20), r.choice('GAP'), r.randint(0, 20), r.randint(1, 999))
    return c, items


# ------------------------------------------------------------------ rendering

def clean(s):
    return html.escape(strip_marks(s), quote=False)


def blocks_html(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'h':
            out.append('<h3>%s</h3>' % clean(b[1]))
        elif k == 'p':
            out.append('<p>%s</p>' % clean(b[1]))
        elif k == 'quote':
            out.append('<blockquote>%s</blockquote>' % clean(b[1]))
        elif k == 'ul':
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % clean(x) for x in b[1]))
        elif k == 'table':
            rows = b[1]
            out.append('<table class="t"><tr>%s</tr>%s</table>' % (''.join('<th>%s</th>' % clean(x) for x in rows[0]),
                       ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % clean(x) for x in rw) for rw in rows[1:])))
    return '\n'.join(out)


def label(layout, n, title):
    return {'html_utf8': '%d. %s' % (n, title), 'html_item': 'Punkt %d: %s' % (n, title), 'soffice': 'Punkt %d %s' % (n, title),
            'groff': '%d. %s' % (n, title), 'enscript': 'Sag nr. %d - %s' % (n, title), 'html_cp1252': 'Pkt. %d %s' % (n, title),
            'chromium': '%d. %s' % (n, title), 'wkhtmltopdf': 'Nr.%d - %s' % (n, title), 'weasyprint': 'Punkt %d. %s' % (n, title),
            'gs_redistill': '%d %s' % (n, title)}[layout]


def header_lines(d, c):
    dt = d['date']
    return [('Udvalg' if d['layout'] in ('html_utf8', 'chromium') else 'Organ', d['body']),
            ('Mødedato', '%s den %s' % (WEEKDAYS[dt.weekday()], dlong(dt))), ('Tidspunkt', 'kl. 17.00'),
            ('Mødested', 'Byrådssalen, %s Rådhus' % d['mun']), ('Fraværende', c['member5'] if d['kind'] == 'council' else 'Ingen')]


CSS = {'html_utf8': 'body{font-family:sans-serif} h2{background:#dde}',
       'html_cp1252': 'body{font-family:serif}', 'html_item': 'body{font-family:Arial}',
       'soffice': 'body{font-family:Liberation Serif}', 'chromium': 'body{font-family:sans-serif;margin:2cm} table.t td,table.t th{border:1px solid #777;padding:3px}',
       'wkhtmltopdf': 'body{font-family:DejaVu Sans;font-size:11pt} table.t{border-collapse:collapse} table.t td{border:1px solid #999}',
       'weasyprint': '@page{size:A4;margin:2cm;@bottom-right{content:"Side " counter(page) " af " counter(pages)}} body{font-family:sans-serif;font-size:10.5pt} table.t td{border:1px solid #aaa}',
       'gs_redistill': '@page{size:A4;margin:2.2cm;@top-left{content:"Referat"}} body{font-family:serif} h2{font-size:13pt}'}


def doc_html(d, c, items, charset='utf-8', only=None):
    title = {'council': 'Referat af møde i %s' % d['body'], 'committee': 'Referat fra Økonomiudvalgets møde',
             'out_of_period': 'Referat af møde i %s' % d['body']}[d['kind']]
    head = '<table class="hd">%s</table>' % ''.join('<tr><td>%s</td><td>%s</td></tr>' % (html.escape(a), html.escape(b)) for a, b in header_lines(d, c))
    parts = []
    for it in (items if only is None else [only]):
        parts.append('<div class="item"><h2>%s</h2><p class="sag">Sagsnr.: %s · Åbent punkt</p>\n%s</div>' % (
            html.escape(label(d['layout'], it['number'], it['title'])), it['case'], blocks_html(it['blocks'])))
    extra = ''
    if d['layout'] in ('html_utf8', 'html_cp1252', 'html_item'):
        extra = '<div class="nav"><a href="#">Gå til indhold</a> · Forside › Politik › Dagsordener og referater</div>'
    return ('<!DOCTYPE html><html lang="da"><head><meta charset="%s"><title>%s – %s Kommune</title><style>%s</style></head><body>%s'
            '<h1>%s Kommune</h1><h1>%s</h1>%s\n%s\n<p>Til toppen</p></body></html>') % (
        charset, html.escape(title), html.escape(d['mun']), 'td,th{vertical-align:top;text-align:left} ' + CSS.get(d['layout'], ''), extra, html.escape(d['mun']), html.escape(title), head, '\n'.join(parts))


def plain_blocks(blocks, width=None):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'h':
            out.append(('H', strip_marks(b[1])))
        elif k in ('p', 'quote'):
            out.append(('P' if k == 'p' else 'Q', strip_marks(b[1])))
        elif k == 'ul':
            for x in b[1]:
                out.append(('L', strip_marks(x)))
        elif k == 'table':
            for rw in b[1]:
                out.append(('T', ' | '.join(strip_marks(x) for x in rw)))
    return out


def groff_src(d, c, items):
    esc = lambda s: s.replace('\\', '\\e').replace('\n', ' ')
    L = ['.nh', '.ds CH', '.ds CF Side %', '.ds LH %s Kommune' % esc(d['mun']), '.ds RH Referat',
         '.TL', esc('Referat af møde i %s' % d['body']), '.LP']
    for a, b in header_lines(d, c):
        L += ['%s: %s' % (a, esc(b)), '.br']
    for it in items:
        L += ['.SH', esc(label(d['layout'], it['number'], it['title'])), '.LP', 'Sagsnr. %s' % it['case']]
        for k, s in plain_blocks(it['blocks']):
            s = esc(s)
            if k == 'H':
                L += ['.LP', '\\fB%s\\fP' % s]
            elif k == 'Q':
                L += ['.QP', s]
            elif k == 'L':
                L += ['.IP \\(bu 3', s]
            else:
                L += ['.LP', s]
    return '\n'.join(('\\&' + x if x[:1] in ("'",) else x) for x in L) + '\n'


def text_src(d, c, items):
    import textwrap
    L = ['%s KOMMUNE' % d['mun'].upper(), 'Referat af møde i %s' % d['body'], '']
    for a, b in header_lines(d, c):
        L.append('%-12s %s' % (a + ':', b))
    for it in items:
        L += ['', '=' * 70, label(d['layout'], it['number'], it['title']), 'Sagsnr. %s' % it['case'], '']
        for k, s in plain_blocks(it['blocks']):
            if k == 'H':
                L += ['', s.upper() if len(s) < 40 else s]
            else:
                ind = {'Q': '    ', 'L': '  - ', 'T': '  ', 'P': ''}[k]
                L += textwrap.wrap(s, 76, initial_indent=ind, subsequent_indent=' ' * len(ind), break_on_hyphens=False)
    return '\n'.join(L) + '\n'


def run(cmd, home, **kw):
    env = dict(os.environ, HOME=home, QT_QPA_PLATFORM='offscreen', LC_ALL='C.UTF-8', SOURCE_DATE_EPOCH='1735689600')
    kw.setdefault('stdout', subprocess.PIPE)
    p = subprocess.run(['nice', '-n', '10'] + cmd, env=env, stderr=subprocess.PIPE, timeout=180, **kw)
    if p.returncode != 0:
        raise SystemExit('producer failed: %s\n%s' % (' '.join(map(str, cmd)), p.stderr.decode('utf-8', 'replace')[-2000:]))


class TextParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, a):
        if tag in ('style', 'script', 'title'):
            self.skip += 1
        if tag in ('p', 'div', 'h1', 'h2', 'h3', 'tr', 'li', 'blockquote', 'br', 'table'):
            self.out.append('\n')
        if tag in ('td', 'th'):
            self.out.append(' ')

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title'):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(path, enc):
    p = TextParser()
    p.feed(open(path, encoding=enc).read())
    return re.sub(r'\n\s*\n+', '\n', ''.join(p.out))


def pdf_pages(path):
    t = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, check=True).stdout.decode('utf-8')
    pages = t.split('\f')
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def locate(pages, items):
    """Split extracted pages into item spans. Returns [(text, first_page, last_page)] and a locator."""
    raw = '\f'.join(pages)
    sq, idx = [], []
    for i, ch in enumerate(raw):
        for cc in unicodedata.normalize('NFKC', ch).lower():
            if cc.isalnum():
                sq.append(cc)
                idx.append(i)
    sq = ''.join(sq)
    page_of = lambda ri: raw.count('\f', 0, ri) + 1
    starts = []
    cur = 0
    for it in items:
        p = sq.find(squash(it['title']), cur)
        if p < 0:
            raise SystemExit('item title not found in extracted text: %s' % it['title'])
        ri = raw.rfind('\n', 0, idx[p]) + 1
        ri = max(ri, raw.rfind('\f', 0, idx[p]) + 1)
        starts.append((ri, p))
        cur = p + 1
    spans = []
    for k, (ri, p) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(raw)
        spans.append((raw[ri:end], page_of(ri), page_of(max(ri, end - 1))))
    return raw, sq, idx, starts, spans, page_of


def main():
    out = os.path.abspath(sys.argv[1])
    home = os.path.join(out, '.home')
    os.makedirs(home, exist_ok=True)
    src = os.path.join(out, 'src')
    P = plan()
    manifest = dict(seed=SEED, period=PERIOD, layouts={l: ('dev' if h == 'A' else 'holdout') for h in 'AB' for l in LAYOUTS[h]},
                    producers=PRODUCER, halves={})
    problems = []
    for h, docs in P.items():
        half = 'dev' if h == 'A' else 'holdout'
        hd = os.path.join(out, half)
        cdir = os.path.join(hd, 'corpus')
        sdir = os.path.join(src, half)
        os.makedirs(cdir, exist_ok=True)
        os.makedirs(sdir, exist_ok=True)
        rendered = []  # (doc, ctx, items, files: [(relpath, item list, enc/pdf)])
        soffice_jobs = []
        for d in docs:
            c, items = build_items(d, h)
            stem = {'council': 'byraad', 'out_of_period': 'byraad', 'committee': 'oeu'}[d['kind']] + '-referat-%s' % d['date'].isoformat()
            mdir = os.path.join(cdir, d['mun'])
            os.makedirs(mdir, exist_ok=True)
            lay = d['layout']
            files = []
            if lay in ('html_utf8', 'html_cp1252'):
                enc = 'utf-8' if lay == 'html_utf8' else 'cp1252'
                rel = '%s/%s.html' % (d['mun'], stem)
                s = doc_html(d, c, items, 'utf-8' if enc == 'utf-8' else 'windows-1252')
                open(os.path.join(cdir, rel), 'w', encoding=enc, newline='\n').write(s)
                files.append((rel, items, enc))
            elif lay == 'html_item':
                for it in items:
                    rel = '%s/%s-punkt-%02d.html' % (d['mun'], stem, it['number'])
                    open(os.path.join(cdir, rel), 'w', encoding='utf-8').write(doc_html(d, c, items, only=it))
                    files.append((rel, [it], 'utf-8'))
            else:
                rel = '%s/%s.pdf' % (d['mun'], stem)
                dst = os.path.join(cdir, rel)
                base = os.path.join(sdir, '%s-%s' % (d['code'], stem))
                if lay == 'groff':
                    open(base + '.ms', 'w', encoding='utf-8').write(groff_src(d, c, items))
                    with open(dst, 'wb') as fh:
                        run(['groff', '-Kutf8', '-ms', '-Tpdf', base + '.ms'], home, stdout=fh)
                elif lay == 'enscript':
                    open(base + '.txt', 'w', encoding='latin-1').write(text_src(d, c, items).replace('\u2013', '-').replace('\u203a', '>'))
                    run(['enscript', '-q', '-X', 'latin1', '-f', 'Courier10', ('--header=' + d['mun'] + ' Kommune|Referat|Side $% af $=').encode('latin-1'), '-o', base + '.ps', base + '.txt'], home)
                    run(['ps2pdf', base + '.ps', dst], home)
                else:
                    open(base + '.html', 'w', encoding='utf-8').write(doc_html(d, c, items))
                    if lay == 'soffice':
                        soffice_jobs.append((base, dst))
                    elif lay == 'chromium':
                        run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--user-data-dir=' + os.path.join(home, 'chr'),
                             '--print-to-pdf=' + dst, 'file://' + base + '.html'], home)
                    elif lay == 'wkhtmltopdf':
                        run(['wkhtmltopdf', '-q', '--encoding', 'utf-8', '--footer-right', 'Side [page] af [topage]', '--footer-font-size', '8', base + '.html', dst], home)
                    elif lay == 'weasyprint':
                        run(['weasyprint', base + '.html', dst], home)
                    elif lay == 'gs_redistill':
                        run(['weasyprint', base + '.html', base + '.w.pdf'], home)
                        run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.4', '-sOutputFile=' + dst, base + '.w.pdf'], home)
                files.append((rel, items, 'pdf'))
            rendered.append((d, c, items, files))
        if soffice_jobs:
            sodir = os.path.join(sdir, 'soffice')
            run(['soffice', '--headless', '-env:UserInstallation=file://' + os.path.join(home, 'lo'), '--infilter=HTML (StarWriter)', '--convert-to', 'pdf',
                 '--outdir', sodir] + [b + '.html' for b, _ in soffice_jobs], home)
            for b, dst in soffice_jobs:
                shutil.move(os.path.join(sodir, os.path.basename(b) + '.pdf'), dst)
        # ---------------- index, gold, checks
        idx_docs, gold, n = [], [], 0
        stub = {}
        for d, c, items, files in rendered:
            for rel, its, enc in files:
                path = os.path.join(cdir, rel)
                if enc == 'pdf':
                    pages = pdf_pages(path)
                    txt = '\f'.join(pages)
                    if re.search('[ÃÂ\ufffd]', txt) or not re.search('[æøå]', txt):
                        problems.append('%s: Danish letters missing or mojibake' % rel)
                else:
                    pages = [html_text(path, enc)]
                raw, sq, ix, starts, spans, page_of = locate(pages, its)
                jitems = []
                for it, (text, p0, p1), (ri, sp) in zip(its, spans, starts):
                    gid = None
                    if it['gold']:
                        g = it['gold']
                        n += 1
                        gid = '%s-%03d' % (half, n)
                        ph = g['phrase']
                        qs = squash(ph)
                        pos = sq.find(qs, sp)
                        nxt = [s2 for _, s2 in starts if s2 > sp]
                        if pos < 0 or (nxt and pos >= nxt[0]) or qs not in squash(text):
                            problems.append('%s: phrase not in item %s: %s' % (rel, it['title'], ph))
                            pg = p0
                        else:
                            pg = page_of(ix[pos])
                        flag = g['flag'] and d['kind'] == 'council'
                        e = dict(id=gid, document=rel, page=pg if enc == 'pdf' else 1, pages=[p0, p1] if enc == 'pdf' else [1, 1],
                                 item_number=it['number'], item_title=it['title'], **{'class': g['cls']}, expect='flag' if flag else 'quiet',
                                 phrase=ph, variant=g['variant'] + ('' if g['flag'] else '_near_miss'), municipality=d['mun'],
                                 meeting_date=d['date'].isoformat(), body=d['body'], meeting_kind=d['kind'], layout=d['layout'], law=g['law'])
                        if not flag:
                            e['why_quiet'] = V.WHY_QUIET[g['cls']] if not g['flag'] else (
                                'planted problem in a %s meeting: not to be drawn' % ('committee' if d['kind'] == 'committee' else 'council meeting outside the period'))
                        gold.append(e)
                        if flag:
                            stub.setdefault(rel, []).append(dict(rule=g['cls'], page=e['page'], item=it['title'], passage=ph))
                    jitems.append(dict(number=it['number'], title=it['title'], text=text, pages=[p0, p1] if enc == 'pdf' else [1, 1], gold=gid))
                idx_docs.append(dict(document=rel, kind=d['kind'], pdf=enc == 'pdf', municipality=d['mun'], meeting_date=d['date'].isoformat(),
                                     body='council' if d['kind'] != 'committee' else 'committee', body_name=d['body'], layout=d['layout'], items=jitems))
        json.dump(dict(seed=SEED, half=half, period=PERIOD, layouts=LAYOUTS[h], items=gold), open(os.path.join(hd, 'gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        json.dump(dict(documents=idx_docs), open(os.path.join(hd, 'items.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        rep = dict(flags=[dict(document=k, flags=v) for k, v in stub.items()])
        json.dump(rep, open(os.path.join(src, half + '-stub-report.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        per = {}
        for g in gold:
            k = per.setdefault(g['class'], dict(flag=0, quiet=0, not_drawn=0, variants=[]))
            k['not_drawn' if g['meeting_kind'] != 'council' else g['expect']] += 1
            if g['variant'] not in k['variants']:
                k['variants'].append(g['variant'])
        kinds = {}
        for dd in idx_docs:
            kinds[dd['kind']] = kinds.get(dd['kind'], 0) + 1
        manifest['halves'][half] = dict(layouts=LAYOUTS[h], municipalities=sorted({d['mun'] for d in docs}), documents=kinds,
                                        meetings=len(docs), items=sum(len(dd['items']) for dd in idx_docs), gold=len(gold), per_class=per)
    json.dump(manifest, open(os.path.join(out, 'manifest.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    if problems:
        sys.stderr.write('\n'.join(problems) + '\n')
        raise SystemExit('self-check failed: %d problems' % len(problems))


if __name__ == '__main__':
    main()
