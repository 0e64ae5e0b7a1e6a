// The one stylesheet: mobile first, large touch targets, system fonts.
export const STYLE_CSS = `
*{box-sizing:border-box}
:focus-visible{outline:.2rem solid #1a5fb4;outline-offset:.15rem}
img,video,table,pre{max-width:100%}pre{overflow-x:auto}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:100%/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f6f7f9}
.top{background:#12355b;padding:.75rem 1rem}.top a{color:#fff;text-decoration:none;font-weight:600}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem}h2{font-size:1.15rem}
.intro,.hint,.muted{color:#4a4f57}.muted{font-style:italic}
form .field{margin:0 0 1rem}
label,legend{display:block;font-weight:600;margin-bottom:.35rem}
fieldset{border:0;margin:0;padding:0;min-width:0}
fieldset.group{background:#fff;border:1px solid #dde1e6;border-radius:.5rem;padding:.75rem;margin:0 0 1rem}
fieldset.group>legend{font-size:1.05rem;padding:0 .25rem}
input[type=text],input[type=email],input[type=date],input[type=number],select{width:100%;font:inherit;padding:.65rem .7rem;border:1px solid #9aa3ad;border-radius:.4rem;background:#fff;min-height:2.75rem}
.choices{display:flex;flex-wrap:wrap;gap:.4rem}
.choice{display:flex;align-items:center;gap:.4rem;font-weight:400;border:1px solid #c5ccd3;border-radius:.4rem;padding:.5rem .7rem;background:#fff;min-height:2.75rem;margin:0}
.choice input{width:1.2rem;height:1.2rem;margin:0}
button,.button{display:inline-block;font:inherit;font-weight:600;background:#0b6e4f;color:#fff;border:0;border-radius:.5rem;padding:.85rem 1.25rem;min-height:3rem;text-decoration:none;cursor:pointer;width:100%;text-align:center}
.button.secondary{background:#12355b}
button[disabled]{opacity:.6}
.ways{list-style:none;padding:0}.ways li{margin:0 0 1rem}
.assessment{background:#fff;border-left:.35rem solid #8a94a0;border-radius:.4rem;padding:.5rem 1rem;margin:0 0 1rem}
.assessment.approved{border-color:#0b6e4f}.assessment.declined{border-color:#b3261e}.assessment.review,.assessment.need_info{border-color:#b26a00}.assessment.referred{border-color:#12355b}
.assessment .headline{font-weight:700}
.field.needed>label,.field.needed legend{color:#8a4b00}
.field.needed{border-left:.25rem solid #b26a00;padding-left:.5rem}
.field.invalid input,.field.invalid select{border-color:#b3261e}
.field-error,.form-error{color:#b3261e;font-weight:600}
.notice{background:#fff;border-left:.35rem solid #12355b;border-radius:.4rem;padding:.5rem 1rem;margin:0 0 1rem;font-weight:600}.notice.refused{border-color:#b3261e}
.cancel.confirm{background:#fff;border:1px solid #b3261e;border-radius:.4rem;padding:.5rem 1rem}.cancel.confirm form{display:inline}.cancel.confirm a{margin-left:1rem}
.js .field.quiet{display:none}
.js fieldset.group:not(.always):not(:has(.field:not(.quiet))){display:none}
.rma-card{background:#fff;border:1px solid #dde1e6;border-radius:.5rem;padding:1rem;text-align:center}
.rma-card .label{margin:0;color:#4a4f57;font-size:.9rem}
.rma{font-size:clamp(1.2rem,7vw,1.8rem);font-weight:800;letter-spacing:.04em;margin:.2rem 0 .8rem;white-space:nowrap}
.status{font-weight:700;margin:.2rem 0}
.history{padding-left:1.2rem}
.messages{list-style:none;padding:0}.message{background:#fff;border-radius:.4rem;padding:.5rem .9rem;margin:.5rem 0;border-left:.3rem solid #12355b}.message.from-customer{border-color:#8a8f98}.message .who{margin:0;font-size:.9rem;color:#4a4f57}.message .text{white-space:pre-line;margin:.25rem 0 0}
.details{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}.details dt{font-weight:600}.details dd{margin:0;overflow-wrap:anywhere}
.webchat{height:70vh;min-height:24rem;background:#fff;border:1px solid #dde1e6;border-radius:.5rem;overflow:hidden}
.photos .thumbs{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(6.5rem,1fr));gap:.5rem}
.photos .thumb img{width:100%;height:6.5rem;object-fit:cover;border-radius:.4rem;background:#dde1e6;display:block}
.photo-actions{display:flex;flex-wrap:wrap;gap:.5rem}.photo-actions .button{flex:1 1 12rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.uploads{list-style:none;padding:0}.uploads li{display:grid;grid-template-columns:1fr auto;gap:.2rem .5rem;margin:.4rem 0}
.uploads .name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.uploads progress{width:6rem}.uploads .state{grid-column:1/-1;color:#4a4f57}
.refused{color:#b3261e}
.button.danger,button.danger{background:#fff;color:#b3261e;border:1px solid #b3261e}
.staff main,main:has(.staff){max-width:72rem}
.staff-toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:0 0 .5rem}.staff-toolbar select,.staff-toolbar input,.staff-toolbar button{width:auto}.staff-toolbar input[type=search]{min-width:14rem;flex:1}.staff-toolbar input[type=number]{max-width:14rem}
.staff-tools{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:0 0 1rem}.pager{display:flex;gap:.5rem;margin:1rem 0}
.finding,.booking{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0}.finding select,.finding input{width:auto;flex:1}.booking input{width:auto}
.staff-section .details{background:#fff;padding:.5rem;border-radius:.3rem}
.chart-row{display:grid;grid-template-columns:6.5rem 1fr 3rem;gap:.5rem;align-items:center;margin:.15rem 0}.chart-bar{display:flex;height:1.2rem;background:#eef0f3;border-radius:.2rem;overflow:hidden}.chart-total{text-align:right;font-variant-numeric:tabular-nums}
.chart-legend{display:flex;flex-wrap:wrap;gap:.75rem}.chart-key::before{content:"";display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
.chart-part.k0,.chart-key.k0::before{background:#12355b}.chart-part.k1,.chart-key.k1::before{background:#2a7ab0}.chart-part.k2,.chart-key.k2::before{background:#b3261e}.chart-part.k3,.chart-key.k3::before{background:#8a4b00}.chart-part.k4,.chart-key.k4::before{background:#2e7d32}.chart-part.k5,.chart-key.k5::before{background:#6a1b9a}
button.small{width:auto;min-height:2.25rem;padding:.4rem .8rem;font-size:.95rem}button.secondary{background:#12355b}
table.queue{width:100%;border-collapse:collapse;background:#fff}table.queue th,table.queue td{text-align:left;padding:.45rem .5rem;border-bottom:1px solid #dde1e6}
table.queue tr.in_review td{background:#fff6e5}
.staff-section{background:#fff;border:1px solid #dde1e6;border-radius:.5rem;padding:.5rem 1rem;margin:0 0 1rem}
.staff-section pre{white-space:pre-wrap;word-break:break-word;font-size:.85rem;max-height:24rem;overflow:auto}
.staff-section textarea,.staff-signin input{width:100%;font:inherit;padding:.5rem;border:1px solid #9aa3ad;border-radius:.4rem}
.staff-actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
.staff-photos{display:flex;flex-wrap:wrap;gap:.5rem}.staff-thumb{width:8rem;height:6rem;object-fit:cover;border-radius:.3rem}
@media (min-width:40rem){button,.button{width:auto}}
`;
