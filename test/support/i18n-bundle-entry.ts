// Bundled by test/infra/bundle-languages.test.ts as a function is: says a few things in German and
// French, one per line, from the catalogues beside the bundle.
import { chatText, emailText } from '../../shared/i18n/format';
import { noteIn } from '../../shared/i18n/policy-text';
import { answerTextIn } from '../../shared/intake/case-answer-text';
import { REFUSAL_NOTE } from '../../shared/rules/labels';
import { webTextIn } from '../../web/text';

console.log(chatText('de', 'askEmail', { name: 'Anna' }));
console.log(emailText('fr', 'update.slaWait', { work: 'repair' }));
console.log(webTextIn('de').status.title('RMA-X'));
console.log(answerTextIn('fr').homeService('PLC Technologies', true));
console.log(noteIn('de', REFUSAL_NOTE(['it has been used']), {}));
