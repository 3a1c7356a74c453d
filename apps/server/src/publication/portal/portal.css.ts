// The portal's one stylesheet, inline in each page: sizes in rem so the large-text mode (a bigger root size) enlarges
// text and controls together and the columns reflow; focus always visible; a high-contrast variant.
export const portalCss = `
*{box-sizing:border-box}
html{font-size:112.5%;-webkit-text-size-adjust:100%}
html.large{font-size:150%}
body{margin:0;font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;line-height:1.7;color:#1a1a1a;background:#fff}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
a{color:#0b4f9c;text-decoration:underline;text-underline-offset:.15em}
a:focus-visible,main:focus-visible{outline:3px solid #b35900;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem;z-index:2}
header{background:#0b3d75;color:#fff}
header a{color:#fff}
header .wrap{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1.5rem;padding-top:.6rem;padding-bottom:.6rem}
.site{margin:0;font-size:1.25rem;font-weight:700}
.site a{text-decoration:none}
.options{display:flex;flex-wrap:wrap;gap:.5rem}
.options a{display:inline-block;min-height:2.75rem;padding:.45rem .8rem;border:2px solid #fff;border-radius:.4rem;text-decoration:none}
.sections{background:#e8eef6}
.sections ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0 auto;padding:.4rem 1rem}
.sections a{display:inline-block;min-height:2.75rem;padding:.45rem .25rem;color:#0b3d75;font-weight:600}
.sections a[aria-current=page]{text-decoration-thickness:3px}
.demo{background:#fff4d6;border-left:.4rem solid #8a5a00;padding:.6rem 1rem;margin-top:1rem}
main{padding-top:1rem;padding-bottom:2rem}
h1{font-size:1.6rem;line-height:1.3;margin:.5rem 0 1rem}
h2{font-size:1.3rem;margin:1.75rem 0 .6rem}
h3{font-size:1.1rem;margin:1.25rem 0 .4rem}
.kpi{font-size:2.2rem;font-weight:700;margin:.2rem 0}
.note{color:#444}
p,li,h1,h2,h3{overflow-wrap:break-word}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(16rem,100%),1fr));gap:1rem;padding:0;list-style:none}
.cards>li{border:1px solid #8a9bb0;border-radius:.5rem;padding:.8rem 1rem}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #9aa7b8;padding:.4rem .6rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
thead th{background:#eef2f7}
.bar{display:block;height:.6rem;background:#e1e7ef;border:1px solid #5c6b80;border-radius:.3rem;margin-top:.25rem;min-width:6rem}
.bar>span{display:block;height:100%;background:#1d4e89}
.map{width:100%;max-width:40rem;height:auto;display:block;margin:.5rem 0}
html.large .map-label{font-size:21px}
footer{background:#f2f4f7;border-top:1px solid #c7ced9;padding:1rem 0;font-size:.95rem}
html.contrast body{background:#000;color:#fff}
html.contrast a,html.contrast .sections a{color:#ffeb3b}
html.contrast header,html.contrast .sections,html.contrast footer,html.contrast thead th{background:#000;color:#fff}
html.contrast .options a{border-color:#ffeb3b}
html.contrast th,html.contrast td,html.contrast .cards>li{border-color:#fff}
html.contrast .note{color:#fff}
html.contrast .demo{background:#000;color:#fff;border-color:#ffeb3b}
html.contrast .bar{background:#000;border-color:#fff}
html.contrast .bar>span{background:#ffeb3b}
ul.plain{list-style:none;padding:0;margin:.3rem 0}
.filters{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:flex-end;margin:.5rem 0 1rem}
.filters label{display:flex;flex-direction:column;font-weight:600}
.filters select{min-width:9em;min-height:2.75rem;font:inherit;font-weight:400;padding:.3rem .5rem;border:2px solid #5c6b80;border-radius:.4rem;background:#fff;color:inherit}
.filters label.check{flex-direction:row;align-items:center;gap:.5rem;min-height:2.75rem}
.filters input[type=checkbox]{width:1.4rem;height:1.4rem;margin:0}
.filters p{margin:0;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
.filters button{font:inherit;background:#0b4f9c;color:#fff;cursor:pointer}
select:focus-visible,input:focus-visible,button:focus-visible{outline:3px solid #b35900;outline-offset:2px}
.num{display:inline-block;min-width:1.9rem;text-align:center;border-radius:1rem;background:#b3261e;color:#fff}
html.contrast .filters select{background:#000;color:#fff;border-color:#fff}
html.contrast .filters button{background:#000;color:#ffeb3b}
.tag{display:inline-block;border:1px solid #5c6b80;border-radius:.3rem;padding:0 .5rem}
.button{display:inline-block;min-height:2.75rem;padding:.45rem .9rem;border:2px solid #0b4f9c;border-radius:.4rem;font-weight:600}
html.contrast .button,html.contrast .tag{border-color:#ffeb3b}
.emergency{border:3px solid #b3261e;border-radius:.5rem;background:#fdecea;padding:.4rem 1rem;margin-top:.75rem}
.emergency p{margin:.4rem 0}
html.contrast .emergency{background:#000;border-color:#ffeb3b}
.rumour{border-left:.4rem solid #5c6b80;padding:.2rem 1rem;margin:1rem 0;background:#f4f6f9}
html.contrast .rumour{background:#000}
.verdict{font-weight:700;border:2px solid currentColor;border-radius:.3rem;padding:0 .5rem}
.verdict-false,.verdict-misleading{color:#b3261e}
.verdict-true{color:#1e6b33}
html.contrast .verdict{color:#ffeb3b}
.lead{font-weight:600}
.share{word-break:break-all;font-family:monospace}
.calendar{max-width:36rem}
.calendar table{table-layout:fixed;margin-bottom:.3rem}
.calendar th,.calendar td{text-align:center;padding:.15rem}
.calendar td{height:3.2rem}
.calendar td a{display:flex;flex-direction:column;align-items:center;justify-content:center;min-height:2.9rem;background:#e3ecf8;border-radius:.3rem;font-weight:700;text-decoration:none}
.calendar .n{font-size:.8em;white-space:nowrap;text-decoration:underline}
.calendar td.today .d{border-bottom:3px solid #b35900}
.calendar td[aria-current=date] a{background:#0b4f9c;color:#fff}
.calendar p{display:flex;justify-content:space-between;margin:0}
.calendar p a{display:inline-block;min-height:2.75rem;padding:.45rem 0}
html.contrast .calendar td a{background:#000;color:#ffeb3b;border:1px solid #ffeb3b}
html.contrast .calendar td[aria-current=date] a{background:#ffeb3b;color:#000}
@media (max-width:30rem){h1{font-size:1.35rem}.kpi{font-size:1.8rem}th,td{padding:.35rem .4rem}}
@media (max-width:40rem){
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
table.stack caption{display:block}
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.stack tr{border:1px solid #8a9bb0;border-radius:.5rem;margin:0 0 .75rem;padding:.4rem .6rem}
table.stack td{border:0;padding:.15rem 0;text-align:left}
table.stack td::before{content:attr(data-label) "：";font-weight:600}
html[lang=en] table.stack td::before{content:attr(data-label) ": "}
html.contrast table.stack tr{border-color:#fff}
}
`;
