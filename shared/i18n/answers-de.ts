// The answers after the RMA number in German, by ANSWER_TEXT's keys (shared/intake/case-answer-text.ts): ICU messages.
// Translated by a native speaker from the English in shared/intake/case-answer-text.ts.
export const ANSWERS_DE: Readonly<Record<string, string>> = {
  nothingToAdd: 'Nichts außer dem Produkt: Verpacken Sie es einfach gut.',
  eachStep: 'Wir informieren Sie bei jedem Schritt per E-Mail, und Ihre Statusseite zeigt immer, wo Ihre Rücksendung gerade ist.',
  declined: 'Diese Rücksendung wurde nicht angenommen, Sie müssen also nichts einschicken.',
  noPhotos: 'Für diese Rücksendung brauchen wir keine Fotos.',
  choose: 'Sie wählen, sobald das Produkt geprüft wurde: {remedies}. {how}',
  merchantChooses: '{merchant} entscheidet nach Erhalt Ihres Produkts, welche Lösung es wird: {remedies}.',
  nothingToChoose: 'Sie erhalten: {remedies}.',
  noPrice: 'Die Bedingungen nennen keine Preise: {merchant} teilt Ihnen den Betrag mit, wenn der Auftrag angenommen wird.',
  wayBackFree: 'Der Rückversand zu Ihnen geht auf Kosten von {merchant}.',
  'after.inspection': 'Das erfolgt, sobald {merchant} das Produkt erhalten und geprüft hat.',
  'after.receipt': 'Das erfolgt, sobald {merchant} das Produkt erhalten hat.',
  'after.cancelled': 'Das erfolgt, sobald {merchant} den Code storniert hat.',
  noDays: '{merchant} nennt dafür keine feste Anzahl von Tagen; Sie erhalten bei jedem Schritt eine E-Mail.',
  collectionInvite:
    'Wenn Ihnen ein anderer Tag, eine andere Uhrzeit oder eine andere Adresse (Arbeitsstelle, Nachbarn) besser passt, schreiben Sie es hier: Es wird in Ihrem Vorgang vermerkt.',
  'noSwap.inspection': 'Nein: Der Kurier holt nur ab. {merchant} schickt Ihnen das, was Ihnen zusteht, sobald Ihr Produkt dort eingegangen und geprüft ist.',
  'noSwap.receipt': 'Nein: {merchant} schickt Ihnen das, was Ihnen zusteht, sobald Ihr Produkt dort eingegangen ist.',
  addressWhen:
    'Unser Team schickt Ihnen die Versandadresse per E-Mail; die Bedingungen nennen dafür keine Frist. Bis dahin müssen Sie nichts tun: Ihre Rücksendung ist registriert, durch das Warten verlieren Sie also nichts.',
  nothingToPrint: 'Nein: Sie müssen nichts ausdrucken, und ins Paket kommen keine Unterlagen. Halten Sie Ihre Rechnung bereit, falls {merchant} danach fragt.',
  noConditions:
    'Das ist kein Problem: Für diese Rücksendung gibt es keine Vorgabe zur Verpackung oder zur Nutzung, nur dass das Produkt so zurückkommt, wie es geliefert wurde (nicht verändert). Verpacken Sie es sicher: in der Originalverpackung, wenn Sie sie noch haben (sie schützt es am besten), oder in einem anderen stabilen Karton.',
  keepBoxForPhoto: 'Bewahren Sie den Außenkarton auf, bis Sie das Foto davon gemacht haben, das wir benötigen.',
  invoiceInParcel: 'Ja: Eine Kopie der Kaufrechnung kommt mit ins Paket. Behalten Sie das Original.',
  proforma: 'Für den Zoll muss dem Paket {label} beiliegen.',
  noCustomsPapers:
    'Die Bedingungen verlangen für diese Rücksendung keine eigenen Zollpapiere (keine Proforma-Rechnung). Wenn Ihr Paket eine Zollgrenze überquert, sagt Ihnen die Post, welches Zollformular nötig ist.',
  dutiesUnknown: 'Die Bedingungen von {merchant} sagen nichts über Einfuhrzölle oder -steuern, daher gibt Ihnen unser Team dazu Auskunft.',
  invoiceKept: 'Nein: Die Rechnung kommt nicht ins Paket. Halten Sie sie bereit, falls {merchant} danach fragt.',
  rights:
    'Die Bedingungen von {merchant} schränken Ihre gesetzlichen Rechte nicht ein, aber ich kann Ihnen nicht sagen, wie das Gesetz auf Ihre Rücksendung anzuwenden ist: Dafür braucht es einen Menschen.',
  contact: 'Sie erreichen {merchant} unter {ways}; geben Sie dabei Ihre RMA-Nummer an.',
  noContact: 'Die Bedingungen von {merchant} nennen keine Telefonnummer; eine Antwort hier erreicht das Team.',
  paymentMethod: 'Die Bedingungen von {merchant} sagen nicht, wie Zahlungen oder Erstattungen erfolgen, daher gibt Ihnen unser Team dazu Auskunft.',
  refundHowUnsaid:
    'Die Bedingungen sagen nicht, wie eine Erstattung ausgezahlt wird (auf Ihre Karte oder Ihr Bankkonto), daher bestätigt Ihnen unser Team das.',
  details:
    'Falls Sie diese Angabe haben, schreiben Sie sie hier: Sie wird in Ihrem Vorgang vermerkt, wo das Team sie sieht. Angeben müssen Sie nur Ihre RMA-Nummer.',
  detailsGiven: 'Danke: Das wird in Ihrem Vorgang vermerkt, wo das Team es sieht.',
  serialWhere:
    'Die Seriennummer steht auf einem kleinen Etikett mit Barcode, meist an der Unter- oder Rückseite des Produkts, manchmal auf der Verpackung. Falls es keins gibt, fotografieren Sie stattdessen das Typenschild und weisen Sie darauf hin.',
  dontModify:
    'Nicht nötig, und besser nicht: Schicken Sie es so, wie es ist. Die Rücksendung gilt für das Produkt im gelieferten Zustand (nicht verändert), und wenn Sie es selbst zerlegen oder Teile austauschen, könnte das als Veränderung gelten.',
  keepUnused: 'Es bleibt bei Ihnen, bis es zurückgeht, aber bitte benutzen Sie es nicht: Es muss unbenutzt zurückkommen, so wie es geliefert wurde.',
  'keepUntil.collection':
    'Nur bis der Kurier es abholt: Das kommt zuerst, und {merchant} schickt Ihnen das, was Ihnen zusteht, erst nach Erhalt und Prüfung dieses Produkts. Gehen Sie bis dahin sorgsam damit um: Es geht so zurück, wie es geliefert wurde.',
  'keepUntil.inspection':
    'Nur bis Sie es abschicken: Das kommt zuerst, und {merchant} schickt Ihnen das, was Ihnen zusteht, erst nach Erhalt und Prüfung dieses Produkts. Gehen Sie bis dahin sorgsam damit um: Es geht so zurück, wie es geliefert wurde.',
  'keepUntil.receipt':
    'Nur bis Sie es abschicken: Das kommt zuerst, und {merchant} schickt Ihnen das, was Ihnen zusteht, sobald dieses Produkt dort eingegangen ist. Gehen Sie bis dahin sorgsam damit um: Es geht so zurück, wie es geliefert wurde.',
  wholeProduct: 'Das ganze Produkt mit allem, was mitgeliefert wurde: Die Rücksendung gilt für das Produkt im gelieferten Zustand, nicht für einen Teil davon.',
  sendOnlyPart: 'Wenn Sie lieber nur ein Teil schicken möchten, sagen Sie es uns, und unser Team sagt Ihnen, ob das geht.',
  outerBox:
    'Verpacken Sie es in einem stabilen Außenkarton, der es schützt (die Originalverpackung kann mit hinein), und schreiben Sie die RMA-Nummer auf diesen Außenkarton, nicht auf das Produkt oder seine Originalverpackung.',
  packedForCourier: 'Halten Sie es verpackt bereit, wenn der Kurier kommt: In den Bedingungen steht nicht, dass der Kurier Verpackung mitbringt.',
  exchangeSame:
    'Bei dieser Rücksendung erhalten Sie dasselbe Produkt, kein anderes: {remedies}. Für ein anderes Modell wählen Sie die Gutschrift oder die Erstattung und bestellen das gewünschte Modell.',
  noExchange:
    'Ein Umtausch gegen ein anderes Produkt gehört bei dieser Rücksendung nicht zu den Optionen: Sie erhalten {remedies}. Bestellen Sie dann das gewünschte Produkt.',
  lessRestocking: 'einer Wiedereinlagerungsgebühr von bis zu {percent} %',
  ownThings:
    'Nehmen Sie alles heraus, was Ihnen gehört und nicht zum Produkt gehört (eine Disc, eine Speicherkarte, eine SIM-Karte, Ihre Dateien), und behalten Sie es: Es kommt womöglich nicht zurück. Was mit dem Produkt geliefert wurde, kommt mit hinein.',
  noPhotosReferred: 'Wir brauchen keine Fotos, da dieser Fall nicht über uns läuft: Heben Sie sie für die zuständige Stelle auf.',
  oneRma:
    'Ihre RMA-Nummer gilt für die Rücksendung, wie Sie sie registriert haben. Wenn mehr als ein Produkt zurückgeht, schreiben Sie hier, welche: Unser Team fügt sie dieser Rücksendung hinzu oder gibt Ihnen für jedes eine eigene Nummer.',
  noEmail:
    'Ihre Rücksendung ist registriert. Unsere E-Mail ging an die Adresse, die Sie uns genannt haben: Bitte sehen Sie auch in Ihrem Spam- oder Junk-Ordner nach. Falls sie dort nicht ist, sagen Sie es uns hier, und unser Team schickt sie erneut.',
  correction: 'Danke: Ihre Korrektur wird in Ihrem Vorgang vermerkt, und unser Team prüft, ob sie etwas ändert. Falls ja, schreiben wir Ihnen.',
  keepIt:
    'Es geht zurück: {merchant} prüft es, bevor Sie das erhalten, was Ihnen zusteht. Wenn Sie es lieber behalten möchten, sagen Sie es hier, und unser Team sagt Ihnen, ob sich das einrichten lässt.',
  quoteUnsaid:
    'Die Bedingungen von {merchant} sagen nicht, ob Sie den Preis vor der Reparatur erfahren oder was eine Ablehnung kosten würde, daher gibt Ihnen unser Team dazu Auskunft. Bis dahin wird nichts verschickt oder berechnet.',
  declinedNoRemedy: 'Da die Rücksendung nicht angenommen wurde, gibt es darüber keine Erstattung, keine Gutschrift und keinen Umtausch.',
  notOurs: '{merchant} ist hierfür nicht zuständig; das kann Ihnen nur die zuständige Stelle (siehe oben) sagen.',
  safety:
    'Bitte benutzen Sie es ab sofort nicht mehr: Funken, Rauch, Brandgeruch, Überhitzung oder ein aufgeblähter Akku können einen Brand auslösen. Schalten Sie es aus und ziehen Sie den Stecker, halten Sie es von allem Brennbaren fern und öffnen Sie es nicht; wenn es einen Akku hat, laden Sie ihn nicht und drücken Sie nicht darauf.',
  notSaid: 'Die Bedingungen von {merchant} sagen dazu nichts, daher gibt Ihnen unser Team Auskunft.',
  otherProof:
    'Die Bedingungen von {merchant} verlangen eine Kopie der Kaufrechnung. Ob stattdessen ein Bank- oder Kartenauszug, eine Bestell-E-Mail oder ein anderer Nachweis des Datums genügt, kann Ihnen unser Team sagen; halten Sie also bereit, was Sie haben.',
  proofFromOrder: '{merchant} prüft die Datumsangaben anhand Ihrer Bestellung, Sie müssen sie also nicht nachweisen.',
  collectedNotPosted: 'Sie müssen es nicht verschicken: {merchant} organisiert die Abholung kostenlos.',
  anyCarrier:
    'Die Bedingungen von {merchant} schreiben keinen Versanddienstleister vor, Sie können also ganz normal per Post oder mit einem beliebigen Kurierdienst versenden.',
  wipeData:
    'Ja, bevor es verschickt wird: Sichern Sie, was Sie behalten möchten, melden Sie sich von Ihren Konten ab (und heben Sie jede Telefon- oder Gerätesperre auf, damit es getestet werden kann) und setzen Sie es dann auf die Werkseinstellungen zurück. Nehmen Sie SIM- und Speicherkarten heraus.',
  choiceNoted: 'Notiert: Ihre Wahl wird in Ihrem Vorgang vermerkt, und Sie bestätigen sie, sobald das Produkt geprüft wurde. Die Optionen sind: {remedies}.',
  wishNoted: 'Ihr Wunsch wird in Ihrem Vorgang vermerkt.',
  handledElsewhere: 'Unser Team kann Ihnen sagen, an wen Sie sich wenden können.',
  isCovered: 'Das ist abgedeckt: Diese Rücksendung ist genehmigt.',
  collectionNoted: 'Notiert: Das steht für die Abholung in Ihrem Vorgang, und {merchant} bestätigt Ihnen Tag und Ort, bevor der Kurier kommt.',
  isApproved: 'Ja: Ihre Rücksendung ist genehmigt.',
  notYet: 'Noch nicht: Darüber entscheidet {merchant}.',
  boxGonePhoto: 'Wenn der Außenkarton nicht mehr da ist, lassen Sie dieses Foto weg: Schicken Sie die anderen und weisen Sie darauf hin.',
  partOnly:
    'Ich habe unser Team gefragt, ob {merchant} Ihnen stattdessen nur dieses Teil schicken kann: Die Bedingungen selbst sehen nur die Rücksendung so vor, wie sie registriert ist. Bis Sie von uns hören, müssen Sie nichts tun.',
  accessoriesYes: 'Ja:',
  accessoriesUnsaid:
    'Die Bedingungen von {merchant} sagen nicht, ob Kabel, Discs oder anderes Zubehör mitgeschickt werden, daher gibt Ihnen unser Team dazu Auskunft.',
  sellerToo:
    'Sie können sich auch an den Händler wenden, bei dem Sie es gekauft haben: Was der Händler anbietet, ist Sache zwischen Ihnen und ihm, und diese Rücksendung hindert Sie nicht daran. Wenn Sie das tun, sagen Sie uns Bescheid, und {merchant} schließt diese Rücksendung.',
  replyWhen:
    'Unser Team schreibt Ihnen per E-Mail; {merchant} nennt dafür keine feste Frist. Der Tag, den Sie uns genannt haben, ist bei Ihrer Rücksendung vermerkt, und die Fristen zählen bis zu diesem Tag: Durch das Warten auf die Antwort versäumen Sie also nichts.',
  boughtAbroad:
    'Die Bedingungen von {merchant} richten sich nach dem Land, aus dem das Produkt zurückgeschickt wird, nicht danach, wo es gekauft wurde, und sagen nichts über im Ausland gekaufte Produkte: Unser Team klärt das mit {merchant} und gibt Ihnen Bescheid, bevor Sie es abschicken. Für die Garantie zählt das Datum auf Ihrem Kaufbeleg.',
  buyNew:
    'Ein neues Gerät zu kaufen ist ein eigener Kauf und nicht Teil dieser Rücksendung. Ich habe Ihre Frage an unser Team weitergegeben; es sagt Ihnen, ob {merchant} Ihnen eines verkaufen kann und was dann mit dieser Rücksendung geschieht.',
  tellSeller:
    'Nein: {merchant} kontaktiert den Händler nicht für Sie. Schreiben Sie selbst an den Händler, bei dem Sie es gekauft haben; die E-Mail mit unserer Antwort und Ihrer Referenz zeigt, wie {merchant} entschieden hat.',
  sellerIsUs: '{merchant} ist der Händler: Über diese Rücksendung geben Sie es zurück.',
  decidedOnArrival: 'Ob das, was Sie beschreiben, dem entspricht, wird bei Eingang des Produkts entschieden.',
  print: 'Das kommt auf Papier ins Paket: Drucken Sie {documents} aus und legen Sie den Ausdruck zum Produkt.',
  collection:
    '{merchant} nimmt vor dem Kommen des Kuriers Kontakt mit Ihnen auf, um Tag und Adresse abzustimmen, damit niemand unangekündigt vor der Tür steht; die Bedingungen nennen dafür keine feste Anzahl von Tagen. Wenn Ihnen ein anderer Tag, eine andere Uhrzeit oder eine andere Adresse (Arbeitsstelle, Nachbarn) besser passt, schreiben Sie es hier: Es wird in Ihrem Vorgang vermerkt.',
  'inReview.dontSend': 'Bitte schicken Sie bis dahin nichts ein.',
  'amountBack.price': 'Der Kaufpreis, den Sie für das Produkt bezahlt haben',
  'amountBack.less': ', abzüglich {less}',
  'amountBack.deliveryKept': 'Die Versandkosten, die Sie mit Ihrer Bestellung bezahlt haben, werden nicht erstattet.',
  'amountBack.figures': 'Die Beträge sehen Sie in Ihrer Bestellung; unser Team kann sie Ihnen bestätigen.',
  homeService:
    'Laut den Bedingungen von {merchant} wird das Produkt {collected, select, yes {abgeholt, dann geprüft und repariert oder ersetzt} other {für den Service eingeschickt}}, nicht bei Ihnen zu Hause repariert. Unser Team kann Ihnen sagen, ob noch etwas anderes möglich ist.',
  notAnswered:
    '{questions} – {count, plural, one {unser Team kümmert sich um diese Frage und schreibt Ihnen.} other {unser Team kümmert sich um diese Fragen und schreibt Ihnen.}}',
  ifAccepted: 'Falls die Rücksendung angenommen wird: {checks}',
};
