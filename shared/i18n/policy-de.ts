// The policies' and the rules' customer-facing sentences in German, by their English (shared/i18n/policy-text.ts).
// Translated by a native speaker from the English in shared/rules/policies and shared/rules/labels.ts.
export const POLICY_DE: Readonly<Record<string, string>> = {
  'Request an RMA number first; Plextor confirms it with further instructions, which must be followed strictly.':
    'Fordern Sie zuerst eine RMA-Nummer an; Plextor bestätigt sie mit weiteren Anweisungen, die genau befolgt werden müssen.',
  'If a new drive is not possible, it gets the standard warranty service: a repair, or a drive of the same type (new, revised or serviced, at Plextor Europe’s choice), which keeps the rest of your warranty.':
    'Ist ein neues Laufwerk nicht möglich, erhält das Laufwerk den normalen Garantieservice: eine Reparatur oder ein Laufwerk desselben Typs (neu, überarbeitet oder instand gesetzt, nach Wahl von Plextor Europe), wobei Ihre restliche Garantie erhalten bleibt.',
  'If Plextor Europe finds the drive is not in warranty after all, its conditions let it invoice you for all service and transport costs.':
    'Stellt Plextor Europe fest, dass für das Laufwerk doch keine Garantie besteht, darf es Ihnen laut seinen Bedingungen alle Service- und Transportkosten in Rechnung stellen.',
  'If Plextor Europe accepts the work, it sends you an invoice for the repair and the transport. Its conditions give no prices and do not say how the invoice is paid, so a colleague tells you that.':
    'Übernimmt Plextor Europe den Auftrag, erhalten Sie eine Rechnung für Reparatur und Transport. Die Bedingungen nennen keine Preise und sagen nicht, wie die Rechnung bezahlt wird; das erfahren Sie von einem unserer Mitarbeiter.',
  'Your warranty does not start again: a replacement drive takes over the warranty of your original drive, for the time it has left.':
    'Ihre Garantie beginnt nicht neu: Ein Ersatzlaufwerk übernimmt die Garantie Ihres ursprünglichen Laufwerks für die verbleibende Zeit.',
  'within 15 days after the purchase date': 'innerhalb von 15 Tagen nach dem Kaufdatum',
  'within the warranty period': 'innerhalb der Garantiezeit',
  "We have counted Plextor's usual 24-month warranty from the purchase date. What counts is the date and warranty on your proof of purchase (the invoice), so keep it, or any other proof of the date, at hand.":
    'Wir haben die übliche 24-monatige Garantie von Plextor ab dem Kaufdatum gerechnet. Maßgeblich sind Datum und Garantie auf Ihrem Kaufbeleg (der Rechnung); halten Sie ihn oder einen anderen Nachweis des Datums bereit.',
  'We have taken it that you have the purchase invoice. Without a copy of it in the parcel, a drive that was dead on arrival is repaired or replaced under the warranty instead of being exchanged for a new one.':
    'Wir sind davon ausgegangen, dass Sie die Kaufrechnung haben. Liegt dem Paket keine Kopie davon bei, wird ein bei Ankunft defektes Laufwerk im Rahmen der Garantie repariert oder ersetzt, statt gegen ein neues getauscht zu werden.',
  'without physical damage': 'ohne physische Schäden',
  'This is provided the drive arrives {list}; that is checked when it arrives.': 'Das gilt, sofern das Laufwerk {list} ankommt; das wird bei Eingang geprüft.',
  'We have taken it that {list}; that is checked against your invoice.': 'Wir sind davon ausgegangen, dass {list}; das wird anhand Ihrer Rechnung geprüft.',
  'Plextor services defective drives; the seller handles other returns': 'Plextor betreut defekte Laufwerke; andere Rücksendungen übernimmt der Händler',
  'The conditions only cover defective drives. Unwanted products, wrong items, transport damage and missing parts are matters for the shop that sold the drive.':
    'Die Bedingungen gelten nur für defekte Laufwerke. Nicht gewünschte Produkte, falsche Artikel, Transportschäden und fehlende Teile sind Sache des Shops, der das Laufwerk verkauft hat.',
  'Plextor, as the manufacturer, only services defective drives. For an unwanted, wrong, damaged or incomplete delivery, please contact the shop you bought the drive from.':
    'Plextor betreut als Hersteller nur defekte Laufwerke. Bei einer nicht gewünschten, falschen, beschädigten oder unvollständigen Lieferung wenden Sie sich bitte an den Shop, bei dem Sie das Laufwerk gekauft haben.',
  'Plextor Europe serves European countries': 'Plextor Europe ist für europäische Länder zuständig',
  'These are the service conditions of Plextor Europe: EC member states, Switzerland, Norway and the other European countries. Returns from anywhere else are for the Plextor office of that region.':
    'Dies sind die Servicebedingungen von Plextor Europe: EG-Mitgliedstaaten, die Schweiz, Norwegen und die übrigen europäischen Länder. Rücksendungen aus anderen Ländern übernimmt das Plextor-Büro der jeweiligen Region.',
  "Plextor Europe services drives returned from European countries only. Please contact Plextor's service office for your region, or the shop you bought the drive from.":
    'Plextor Europe betreut nur Laufwerke, die aus europäischen Ländern eingesandt werden. Bitte wenden Sie sich an das Plextor-Servicebüro für Ihre Region oder an den Shop, bei dem Sie das Laufwerk gekauft haben.',
  'Switzerland and Norway are served as the EC': 'Die Schweiz und Norwegen werden wie die EG behandelt',
  'Dead on arrival: replaced by a new drive': 'Bei Ankunft defekt: Ersatz durch ein neues Laufwerk',
  'Notice on day 15 after the purchase date is in time; day 16 is not. The request logged here is the written notice. The DOA service applies wherever Plextor Europe accepts in-warranty returns.':
    'Eine Meldung am 15. Tag nach dem Kaufdatum ist rechtzeitig, am 16. Tag nicht mehr. Die hier erfasste Anfrage gilt als schriftliche Meldung. Der DOA-Service gilt überall, wo Plextor Europe Rücksendungen mit Garantie annimmt.',
  "Your drive qualifies for Plextor's dead-on-arrival (DOA) service: when it arrives it will be replaced by a new drive, if possible.":
    'Ihr Laufwerk kommt für den DOA-Service von Plextor (Dead on Arrival, bei Ankunft defekt) in Frage: Nach dem Eingang wird es nach Möglichkeit durch ein neues Laufwerk ersetzt.',
  'A copy of the purchase invoice must travel with the drive; it validates the warranty.':
    'Dem Laufwerk muss eine Kopie der Kaufrechnung beiliegen; sie dient als Garantienachweis.',
  'DOA conditions not met: standard RMA service': 'DOA-Bedingungen nicht erfüllt: normaler RMA-Service',
  'Your request does not meet every dead-on-arrival condition (notice within 15 days of purchase, a copy of the invoice, an undamaged drive), so it goes through the standard in-warranty RMA service instead.':
    'Ihre Anfrage erfüllt nicht alle DOA-Bedingungen (Meldung innerhalb von 15 Tagen nach dem Kauf, eine Kopie der Rechnung, ein unbeschädigtes Laufwerk) und läuft daher über den normalen RMA-Service mit Garantie.',
  'The in-warranty service is free of charge: the drive is repaired or replaced by a drive of the same type.':
    'Der Garantieservice ist kostenlos: Das Laufwerk wird repariert oder durch ein Laufwerk desselben Typs ersetzt.',
  'Plextor handles and pays for shipping the serviced drive back to you.': 'Plextor schickt Ihnen das Laufwerk nach dem Service auf eigene Kosten zurück.',
  'DOA conditions not met and no warranty: returned unrepaired': 'DOA-Bedingungen nicht erfüllt und keine Garantie: unrepariert zurück',
  'The drive does not meet the dead-on-arrival conditions and is no longer under warranty, so Plextor would return it unrepaired.':
    'Das Laufwerk erfüllt die DOA-Bedingungen nicht und hat keine Garantie mehr; Plextor würde es daher unrepariert zurückschicken.',
  'In-warranty service is free of charge': 'Der Garantieservice ist kostenlos',
  'A request for a paid repair of a drive that is still in warranty is an in-warranty service request, which is free.':
    'Eine Anfrage nach einer kostenpflichtigen Reparatur für ein Laufwerk, das noch Garantie hat, ist eine Anfrage auf Garantieservice, und der ist kostenlos.',
  'Your drive is within its warranty, so Plextor services it free of charge: it is repaired or replaced by a drive of the same type.':
    'Ihr Laufwerk hat noch Garantie, daher übernimmt Plextor den Service kostenlos: Es wird repariert oder durch ein Laufwerk desselben Typs ersetzt.',
  'Outside the EC (but for CH and NO), only drives in warranty': 'Außerhalb der EG (außer CH und NO) nur Laufwerke mit Garantie',
  'From European countries outside the European Union (other than Switzerland and Norway), Plextor accepts only drives that are still in warranty. This drive is not, so it cannot be returned for service.':
    'Aus europäischen Ländern außerhalb der Europäischen Union (außer der Schweiz und Norwegen) nimmt Plextor nur Laufwerke an, die noch Garantie haben. Dieses Laufwerk hat keine mehr und kann daher nicht zum Service eingeschickt werden.',
  'Out-of-warranty service: at Plextor’s discretion, repair and transport invoiced':
    'Service außerhalb der Garantie: nach Ermessen von Plextor, Reparatur und Transport werden berechnet',
  'Your drive is out of warranty. Plextor decides whether to accept an out-of-warranty service; if it does, it invoices all repair and transport costs.':
    'Ihr Laufwerk hat keine Garantie mehr. Plextor entscheidet, ob es einen Service außerhalb der Garantie übernimmt; wenn ja, werden alle Reparatur- und Transportkosten berechnet.',
  'Plextor has accepted the out-of-warranty service of your drive.': 'Plextor hat den Service Ihres Laufwerks außerhalb der Garantie angenommen.',
  'Plextor will invoice all repair and transport costs.': 'Plextor stellt alle Reparatur- und Transportkosten in Rechnung.',
  'Plextor has declined the out-of-warranty service of your drive: it reserves the right to refuse requests for out-of-warranty service.':
    'Plextor hat den Service Ihres Laufwerks außerhalb der Garantie abgelehnt: Plextor behält sich vor, Anfragen für einen Service außerhalb der Garantie abzulehnen.',
  'Replacement drives': 'Ersatzlaufwerke',
  'Drives found out of warranty may be invoiced': 'Laufwerke ohne Garantie können berechnet werden',
  'If Plextor finds on inspection that the drive is not in warranty, it may invoice all service and transport costs.':
    'Stellt sich bei der Prüfung heraus, dass das Laufwerk keine Garantie hat, kann Plextor alle Service- und Transportkosten in Rechnung stellen.',
  'Damage or its cause told: the warranty terms decide': 'Schaden oder Ursache angegeben: Die Garantiebedingungen entscheiden',
  'These conditions do not list what the warranty excludes. Where the customer tells us the drive is damaged, or a cause a warranty commonly excludes (a drop, a power surge, a change they made), the service stays as decided and the customer is told plainly that Plextor may find it not covered and invoice it.':
    'Diese Bedingungen führen nicht auf, was die Garantie ausschließt. Gibt der Kunde an, dass das Laufwerk beschädigt ist, oder nennt er eine Ursache, die eine Garantie üblicherweise ausschließt (ein Sturz, eine Überspannung, eine eigene Änderung), bleibt der Service wie entschieden, und der Kunde erfährt klar, dass Plextor den Fall als nicht abgedeckt einstufen und berechnen kann.',
  'You told us the drive is damaged, or what caused the fault: whether the warranty covers that is decided by Plextor’s Warranty Terms and Conditions, which these conditions refer to but do not include. Ask a colleague before you send it if you want to know first.':
    'Sie haben uns mitgeteilt, dass das Laufwerk beschädigt ist oder was den Fehler verursacht hat: Ob die Garantie das abdeckt, entscheiden die Garantiebedingungen von Plextor, auf die diese Bedingungen verweisen, die sie aber nicht enthalten. Fragen Sie vor dem Einsenden einen unserer Mitarbeiter, wenn Sie das vorher wissen möchten.',
  'No return without an RMA number': 'Keine Rücksendung ohne RMA-Nummer',
  'Write the RMA number clearly on the outside of the parcel: Plextor does not accept returns without it.':
    'Schreiben Sie die RMA-Nummer gut lesbar außen auf das Paket: Ohne sie nimmt Plextor keine Rücksendungen an.',
  'Follow these instructions exactly: Plextor does not accept a parcel that does not.':
    'Befolgen Sie diese Anweisungen genau: Plextor nimmt kein Paket an, bei dem das nicht der Fall ist.',
  'Shipments from outside the EC need a signed pro-forma invoice': 'Sendungen von außerhalb der EG brauchen eine unterschriebene Proforma-Rechnung',
  'Switzerland and Norway are served as the EC, so this applies to the other non-EC European countries.':
    'Die Schweiz und Norwegen werden wie die EG behandelt; dies gilt also für die übrigen europäischen Länder außerhalb der EG.',
  'You are sending it from outside the European Union: a signed pro-forma invoice must go with the parcel. That is an invoice you write and sign yourself, listing the drive and its value, for customs.':
    'Sie senden das Laufwerk von außerhalb der Europäischen Union: Dem Paket muss eine unterschriebene Proforma-Rechnung beiliegen. Das ist eine Rechnung für den Zoll, die Sie selbst ausstellen und unterschreiben und in der Sie das Laufwerk und seinen Wert angeben.',
  'Transport is at the sender’s risk': 'Der Transport erfolgt auf Gefahr des Absenders',
  'Pack the drive securely, in protective packaging: Plextor is not responsible for loss or damage in transport, so consider a tracked, insured service.':
    'Verpacken Sie das Laufwerk sicher in einer Schutzverpackung: Plextor haftet nicht für Verlust oder Schäden beim Transport; ziehen Sie daher einen versicherten Versand mit Sendungsverfolgung in Betracht.',
  'Log a return on the website, or call, fax or e-mail for a Return Material Authorization (RMA) number and routing instructions.':
    'Melden Sie eine Rücksendung auf der Website an oder fordern Sie per Telefon, Fax oder E-Mail eine RMA-Nummer (Return Material Authorization) und Versandanweisungen an.',
  'PLC Technologies credits the purchase price to your PLC Technologies account, unless you would rather have a refund: then say so, and it refunds you instead.':
    'PLC Technologies schreibt den Kaufpreis Ihrem Konto bei PLC Technologies gut, es sei denn, Sie möchten lieber eine Erstattung: Dann teilen Sie uns das mit, und PLC Technologies erstattet Ihnen den Betrag stattdessen.',
  'If it cannot be repaired, or the same product (or the correct one) is not in stock, PLC Technologies credits the purchase price to your account, or refunds you if you prefer.':
    'Kann das Produkt nicht repariert werden oder ist dasselbe (bzw. das richtige) Produkt nicht vorrätig, schreibt PLC Technologies den Kaufpreis Ihrem Konto gut oder erstattet ihn, wenn Ihnen das lieber ist.',
  'If the inspection finds the fault was caused by something the warranty does not cover (wear and tear, misuse, a power surge, poor care or changes made to it), it is not treated as a defect. PLC Technologies’ paid repair service can still repair it, at your cost. The policy does not say more, so a colleague tells you your options then.':
    'Stellt sich bei der Prüfung heraus, dass der Fehler durch etwas verursacht wurde, das die Garantie nicht abdeckt (Verschleiß, unsachgemäße Verwendung, Überspannung, mangelnde Pflege oder Veränderungen am Produkt), gilt er nicht als Mangel. Der kostenpflichtige Reparaturservice von PLC Technologies kann das Produkt trotzdem reparieren – auf Ihre Kosten. Mehr sagen die Richtlinien nicht; Ihre Möglichkeiten erfahren Sie dann von einem unserer Mitarbeiter.',
  'within 30 days of delivery': 'innerhalb von 30 Tagen nach der Lieferung',
  'within 7 days of delivery': 'innerhalb von 7 Tagen nach der Lieferung',
  'within 6 months after delivery': 'innerhalb von 6 Monaten nach der Lieferung',
  'within the extended supplier warranty period after delivery': 'innerhalb der Laufzeit der erweiterten Lieferantengarantie ab Lieferung',
  'as it was delivered (not modified)': 'im Lieferzustand (nicht verändert)',
  unused: 'unbenutzt',
  undamaged: 'unbeschädigt',
  'in its original packaging': 'in der Originalverpackung',
  'with that packaging undamaged': 'mit unbeschädigter Verpackung',
  'with any seals intact': 'mit intakten Siegeln (sofern vorhanden)',
  'with its labels and stickers attached': 'mit allen Etiketten und Aufklebern',
  'with all its accessories and parts': 'mit allem Zubehör und allen Teilen',
  'with the software package unopened': 'mit ungeöffneter Softwareverpackung',
  'you bought it new (not as an Unboxed Deal, which is discounted open-box stock, and not used)':
    'Sie es neu gekauft haben (nicht als Unboxed Deal, also vergünstigte Open-Box-Ware, und nicht gebraucht)',
  'it was not made or configured to order for you': 'es nicht speziell für Sie angefertigt oder konfiguriert wurde',
  'it is a device, not software': 'es sich um ein Gerät und nicht um Software handelt',
  'its warranty is handled by PLC Technologies (not directly by its manufacturer)':
    'seine Garantie über PLC Technologies abgewickelt wird (nicht direkt über den Hersteller)',
  'We have taken it that the fault was not caused by anything that happened to it, so the warranty applies; the inspection checks that. It does not cover a fault caused by wear and tear, misuse, a power surge, sea air corrosion, poor care, changes made to the product or use it is not suited for.':
    'Wir sind davon ausgegangen, dass der Fehler nicht durch etwas verursacht wurde, das dem Produkt zugestoßen ist, und die Garantie daher gilt; das wird bei der Prüfung kontrolliert. Sie gilt nicht für Fehler durch Verschleiß, unsachgemäße Verwendung, Überspannung, Korrosion durch Meeresluft, mangelnde Pflege, Veränderungen am Produkt oder einen Einsatz, für den es nicht geeignet ist.',
  'This is provided it comes back {list}; that is checked when it arrives.': 'Das gilt, sofern das Produkt {list} zurückkommt; das wird bei Eingang geprüft.',
  'We have taken it that {list}; that is checked against your order.': 'Wir sind davon ausgegangen, dass {list}; das wird anhand Ihrer Bestellung geprüft.',
  'Products modified by the customer are not accepted': 'Vom Kunden veränderte Produkte werden nicht angenommen',
  'This holds whatever the reason for the return.': 'Das gilt unabhängig vom Grund der Rücksendung.',
  'PLC Technologies does not accept returns of products that were modified by the customer.':
    'PLC Technologies nimmt keine Produkte zurück, die vom Kunden verändert wurden.',
  'Custom orders are non-returnable': 'Sonderanfertigungen sind von der Rückgabe ausgeschlossen',
  'Products made or configured to order cannot be returned because they are unwanted.':
    'Auf Bestellung angefertigte oder konfigurierte Produkte können nicht bei Nichtgefallen zurückgegeben werden.',
  'Opened software is not returnable': 'Geöffnete Software ist von der Rückgabe ausgeschlossen',
  'Software cannot be returned as unwanted once its package has been opened.':
    'Software kann nicht mehr bei Nichtgefallen zurückgegeben werden, sobald ihre Verpackung geöffnet wurde.',
  'Unboxed Deals and used products are not returnable as unwanted': 'Keine Rückgabe bei Nichtgefallen für Unboxed Deals und gebrauchte Produkte',
  'Unboxed Deals (discounted open-box stock) and used products cannot be returned because they are unwanted. If it is faulty, a warranty return may still apply.':
    'Unboxed Deals (vergünstigte Open-Box-Ware) und gebrauchte Produkte können nicht bei Nichtgefallen zurückgegeben werden. Ist das Produkt defekt, kommt eventuell trotzdem eine Garantierücksendung in Frage.',
  'Unwanted products: 30 days, as new, refunded less shipping': 'Rückgabe bei Nichtgefallen: 30 Tage, wie neu, Erstattung abzüglich Versandkosten',
  'The general terms count 30 days from purchase, the FAQ from delivery or collection: we count from delivery (from the purchase date when the delivery date is not known). Day 30 is in, day 31 is out. "Less shipping charges" is the original shipping charge; the collection itself is free ("at no charge"). Seals count as intact where the product had none.':
    'Die AGB rechnen 30 Tage ab Kauf, die FAQ ab Lieferung oder Abholung: Wir rechnen ab Lieferung (ab Kaufdatum, wenn das Lieferdatum nicht bekannt ist). Tag 30 zählt noch, Tag 31 nicht mehr. „Abzüglich Versandkosten“ meint die ursprünglichen Versandkosten; die Abholung selbst ist kostenlos („at no charge“). Hatte das Produkt keine Siegel, gelten die Siegel als intakt.',
  'You can return this unwanted product for a refund of its price. The delivery charge you paid with your order is not refunded (where there was one); returning it is free.':
    'Sie können dieses Produkt bei Nichtgefallen zurückgeben und erhalten den Kaufpreis erstattet. Die mit Ihrer Bestellung bezahlten Versandkosten werden nicht erstattet (falls welche angefallen sind); die Rücksendung ist kostenlos.',
  'Unwanted products must be unused and complete, in undamaged original packaging':
    'Rückgabe bei Nichtgefallen nur unbenutzt und vollständig, in unbeschädigter Originalverpackung',
  'An unwanted product can only be returned unused and undamaged, with its labels and stickers, in its undamaged original packaging with the seals intact and with all accessories.':
    'Ein Produkt kann bei Nichtgefallen nur unbenutzt und unbeschädigt zurückgegeben werden, mit seinen Etiketten und Aufklebern, in der unbeschädigten Originalverpackung mit intakten Siegeln und mit allem Zubehör.',
  'If the product is faulty, a warranty return may still apply.': 'Ist das Produkt defekt, kommt eventuell trotzdem eine Garantierücksendung in Frage.',
  'Unwanted after 30 days: at the retailer’s option, with a restocking fee':
    'Rückgabe bei Nichtgefallen nach 30 Tagen: nach Ermessen des Händlers, mit Wiedereinlagerungsgebühr',
  'The general terms let the retailer accept a late return with a restocking fee of up to 20%; the FAQ says only defective products. We read it as the retailer’s discretion: the request goes to review.':
    'Laut AGB kann der Händler eine verspätete Rückgabe gegen eine Wiedereinlagerungsgebühr von bis zu 20 % annehmen; laut FAQ nur defekte Produkte. Wir verstehen es als Ermessen des Händlers: Die Anfrage wird geprüft.',
  'It is more than 30 days since delivery, so PLC Technologies decides whether to accept this return. If it does, a restocking fee of up to 20% may apply.':
    'Die Lieferung liegt mehr als 30 Tage zurück, daher entscheidet PLC Technologies, ob diese Rückgabe angenommen wird. Wenn ja, kann eine Wiedereinlagerungsgebühr von bis zu 20 % anfallen.',
  'If the product is faulty, tell us: defective products are covered by the warranty.':
    'Ist das Produkt defekt, sagen Sie es uns: Defekte Produkte sind durch die Garantie abgedeckt.',
  'PLC Technologies has accepted this return, although it is more than 30 days since delivery.':
    'PLC Technologies hat diese Rückgabe angenommen, obwohl die Lieferung mehr als 30 Tage zurückliegt.',
  'You are refunded once it has been received and checked, less a restocking fee of up to 20%.':
    'Sie erhalten Ihr Geld zurück, sobald das Produkt eingegangen und geprüft ist, abzüglich einer Wiedereinlagerungsgebühr von bis zu 20 %.',
  'PLC Technologies has not accepted this return: it is more than 30 days since delivery, and after 30 days a product can only be returned if it is defective.':
    'PLC Technologies hat diese Rückgabe nicht angenommen: Die Lieferung liegt mehr als 30 Tage zurück, und nach 30 Tagen kann ein Produkt nur zurückgegeben werden, wenn es defekt ist.',
  'Wrong or misdescribed product: collected free, correct product, credit or refund':
    'Falsches oder falsch beschriebenes Produkt: kostenlose Abholung, richtiges Produkt, Gutschrift oder Erstattung',
  'We delivered the wrong product, so returning it costs you nothing.': 'Wir haben das falsche Produkt geliefert, daher kostet Sie die Rücksendung nichts.',
  'Once it has been inspected you choose: the correct product (if available), delivered as soon as possible, a credit of the purchase price within 10 days of the return, or a refund.':
    'Nach der Prüfung haben Sie die Wahl: das richtige Produkt (falls verfügbar), so schnell wie möglich geliefert, eine Gutschrift des Kaufpreises innerhalb von 10 Tagen nach der Rücksendung oder eine Erstattung.',
  'Damaged or incomplete on delivery: notify within 7 days': 'Bei Lieferung beschädigt oder unvollständig: innerhalb von 7 Tagen melden',
  'Day 7 after delivery is in, day 8 is out.': 'Tag 7 nach der Lieferung zählt noch, Tag 8 nicht mehr.',
  'You told us within 7 days of delivery, so returning it costs you nothing.':
    'Sie haben sich innerhalb von 7 Tagen nach der Lieferung gemeldet, daher kostet Sie die Rücksendung nichts.',
  'Once it has been inspected you choose: a repair or replacement (where possible), done as soon as possible, a credit of the purchase price, or a refund.':
    'Nach der Prüfung haben Sie die Wahl: eine Reparatur oder ein Ersatzprodukt (soweit möglich), so schnell wie möglich erledigt, eine Gutschrift des Kaufpreises oder eine Erstattung.',
  'Delivery damage reported after 7 days': 'Lieferschaden nach mehr als 7 Tagen gemeldet',
  'After 7 days it is no longer treated as delivery damage, and the text sets no other consequence: PLC Technologies reviews the request. A fault (rather than transport damage) can still be a warranty claim.':
    'Nach 7 Tagen gilt es nicht mehr als Lieferschaden, und der Text nennt keine andere Folge: PLC Technologies prüft die Anfrage. Ein Defekt (statt eines Transportschadens) kann trotzdem ein Garantiefall sein.',
  'Damage or missing parts should be reported within 7 days of delivery, and that time has passed. PLC Technologies will review your request and get back to you.':
    'Schäden oder fehlende Teile sollten innerhalb von 7 Tagen nach der Lieferung gemeldet werden, und diese Frist ist vorbei. PLC Technologies prüft Ihre Anfrage und meldet sich bei Ihnen.',
  'If the product does not work properly, it may still be covered by the warranty.':
    'Funktioniert das Produkt nicht richtig, ist es eventuell trotzdem durch die Garantie abgedeckt.',
  'PLC Technologies has accepted your report of damage or missing parts, although it came more than 7 days after delivery.':
    'PLC Technologies hat Ihre Meldung über Schäden oder fehlende Teile angenommen, obwohl sie mehr als 7 Tage nach der Lieferung kam.',
  'Once it has been inspected you choose: a repair or replacement (where possible), a credit of the purchase price, or a refund.':
    'Nach der Prüfung haben Sie die Wahl: eine Reparatur oder ein Ersatzprodukt (soweit möglich), eine Gutschrift des Kaufpreises oder eine Erstattung.',
  'PLC Technologies has not accepted this as damage on delivery: it was reported more than 7 days after delivery.':
    'PLC Technologies hat dies nicht als Lieferschaden anerkannt: Die Meldung kam mehr als 7 Tage nach der Lieferung.',
  'What is not a defect': 'Was kein Mangel ist',
  'What you describe is not treated as a defect under the policy (wear and tear, misuse, electrical surges, sea air corrosion, poor care, alterations, or a product that does not suit you), so it cannot be returned as defective.':
    'Was Sie beschreiben, gilt laut den Richtlinien nicht als Mangel (Verschleiß, unsachgemäße Verwendung, Überspannung, Korrosion durch Meeresluft, mangelnde Pflege, Veränderungen oder ein Produkt, das nicht zu Ihnen passt), daher kann es nicht als defekt zurückgegeben werden.',
  'Our paid repair service can still help: ask for a repair RMA.':
    'Unser kostenpflichtiger Reparaturservice kann trotzdem helfen: Fordern Sie eine Reparatur-RMA an.',
  'Signs of handling on Unboxed Deals and used products are not defects': 'Handhabungsspuren bei Unboxed Deals und gebrauchten Produkten sind keine Mängel',
  'Signs of handling or repackaging on an Unboxed Deal (discounted open-box stock) or a used product are not a defect, so it cannot be returned as defective.':
    'Spuren von Handhabung oder Umverpacken bei einem Unboxed Deal (vergünstigte Open-Box-Ware) oder einem gebrauchten Produkt sind kein Mangel, daher kann es nicht als defekt zurückgegeben werden.',
  'Direct warranty products go to the manufacturer': 'Produkte mit Direktgarantie gehen an den Hersteller',
  'The policy promises to discuss direct warranty products but never does. We read it as: the manufacturer services these directly, so the customer is referred to them.':
    'Die Richtlinien versprechen, Produkte mit Direktgarantie zu erläutern, tun es aber nie. Wir verstehen es so: Der Hersteller betreut diese direkt, daher wird der Kunde an ihn verwiesen.',
  "This product's warranty is serviced directly by its manufacturer: please contact the manufacturer, whose details are in the product's documentation.":
    'Die Garantie für dieses Produkt wird direkt vom Hersteller abgewickelt: Bitte wenden Sie sich an den Hersteller; die Kontaktdaten finden Sie in den Produktunterlagen.',
  'Standard Warranty: 6 months from delivery': 'Standardgarantie: 6 Monate ab Lieferung',
  'Six calendar months from delivery, the last day included; a day the month lacks rolls back to its last day.':
    'Sechs Kalendermonate ab Lieferung, einschließlich des letzten Tages; gibt es den Tag im Monat nicht, gilt der letzte Tag des Monats.',
  'Your product is within the 6-month Standard Warranty, so returning it costs you nothing.':
    'Ihr Produkt ist noch in der 6-monatigen Standardgarantie, daher kostet Sie die Rücksendung nichts.',
  'If the repair or replacement takes longer than 21 days, PLC Technologies will contact you to offer a credit or refund instead.':
    'Dauert die Reparatur oder der Ersatz länger als 21 Tage, meldet sich PLC Technologies bei Ihnen und bietet Ihnen stattdessen eine Gutschrift oder Erstattung an.',
  'Extended supplier warranty: returned to the supplier at no charge': 'Erweiterte Lieferantengarantie: kostenlose Rücksendung an den Lieferanten',
  'The supplier warranty length is counted in calendar months from delivery.':
    'Die Dauer der Lieferantengarantie wird in Kalendermonaten ab Lieferung gerechnet.',
  'The 6-month Standard Warranty has ended, but the extended supplier warranty still covers your product: PLC Technologies sends it to the supplier at no charge to you.':
    'Die 6-monatige Standardgarantie ist abgelaufen, aber die erweiterte Lieferantengarantie deckt Ihr Produkt noch ab: PLC Technologies schickt es für Sie kostenlos an den Lieferanten.',
  'The supplier or manufacturer decides the remedy, under its own warranty terms.':
    'Der Lieferant oder Hersteller entscheidet nach seinen eigenen Garantiebedingungen über die Lösung.',
  'If a repair or replacement takes longer than 21 days, PLC Technologies will contact you to offer a credit or refund directly.':
    'Dauert eine Reparatur oder ein Ersatz länger als 21 Tage, meldet sich PLC Technologies bei Ihnen und bietet Ihnen direkt eine Gutschrift oder Erstattung an.',
  'Outside every warranty period': 'Außerhalb aller Garantiezeiten',
  'Your product is outside the 6-month Standard Warranty and is not covered by an extended supplier warranty, so it cannot be returned as defective.':
    'Ihr Produkt ist nicht mehr in der 6-monatigen Standardgarantie und nicht durch eine erweiterte Lieferantengarantie abgedeckt, daher kann es nicht als defekt zurückgegeben werden.',
  'Our paid repair service can still help: you pay shipping, any duties and taxes, and the repair. Ask for a repair RMA.':
    'Unser kostenpflichtiger Reparaturservice kann trotzdem helfen: Sie zahlen den Versand, etwaige Zölle und Steuern sowie die Reparatur. Fordern Sie eine Reparatur-RMA an.',
  'Paid repair service': 'Kostenpflichtiger Reparaturservice',
  'The repair service is for products outside the warranty, so the repair itself is charged as well.':
    'Der Reparaturservice ist für Produkte außerhalb der Garantie, daher wird auch die Reparatur selbst berechnet.',
  'PLC Technologies can repair your product through its repair service.': 'PLC Technologies kann Ihr Produkt über seinen Reparaturservice reparieren.',
  'You pay the shipping, any duties, taxes or brokerage fees, and the repair costs.':
    'Sie zahlen den Versand, etwaige Zölle, Steuern oder Verzollungsgebühren sowie die Reparaturkosten.',
  'Repairs taking longer than 21 days': 'Reparaturen, die länger als 21 Tage dauern',
  'Supplier repairs taking longer than 21 days': 'Lieferantenreparaturen, die länger als 21 Tage dauern',
  'A faulty Unboxed Deal or used product is replaced by the same, not by a new one':
    'Ein defekter Unboxed Deal oder ein defektes gebrauchtes Produkt wird gleichwertig ersetzt, nicht durch ein neues',
  'As it was an Unboxed Deal or a used product: if it cannot be repaired, PLC Technologies replaces it with another Unboxed Deal or used product of the same kind if it has one in stock, not with a new one; if it has none, it credits or refunds you.':
    'Da es ein Unboxed Deal oder ein gebrauchtes Produkt war: Kann es nicht repariert werden, ersetzt PLC Technologies es durch einen anderen Unboxed Deal oder ein gebrauchtes Produkt derselben Art, falls vorrätig, nicht durch ein neues; ist keines vorrätig, erhalten Sie eine Gutschrift oder Erstattung.',
  'Unboxed Deals and used products have no extended supplier warranty': 'Unboxed Deals und gebrauchte Produkte haben keine erweiterte Lieferantengarantie',
  'Preparing products for a return': 'Produkte für die Rücksendung vorbereiten',
  'Package the product safely and securely to protect it in transit.': 'Verpacken Sie das Produkt sicher, damit es beim Transport geschützt ist.',
  'Clearly mark your return reference (the RMA number) on the outside of the parcel.':
    'Schreiben Sie Ihre Rücksendereferenz (die RMA-Nummer) gut lesbar außen auf das Paket.',
  'Include all accessories and parts that were sold with the product.': 'Legen Sie alles Zubehör und alle Teile bei, die mit dem Produkt verkauft wurden.',
  'Statutory rights are not limited': 'Gesetzliche Rechte bleiben unberührt',
  'Nothing in this policy limits your statutory rights.': 'Diese Richtlinien schränken Ihre gesetzlichen Rechte in keiner Weise ein.',
  Approved: 'Genehmigt',
  'Waiting for the merchant’s decision': 'Wartet auf die Entscheidung des Händlers',
  Declined: 'Abgelehnt',
  'Handled by someone else': 'Wird von jemand anderem bearbeitet',
  'More information needed': 'Weitere Informationen nötig',
  'dead-on-arrival (DOA) replacement': 'DOA-Ersatz (bei Ankunft defekt)',
  'in-warranty service': 'Service mit Garantie',
  'out-of-warranty service': 'Service außerhalb der Garantie',
  'outside Plextor Europe’s service area': 'außerhalb des Servicegebiets von Plextor Europe',
  'a return for the seller, not the manufacturer': 'ein Fall für den Händler, nicht für den Hersteller',
  'return of an unwanted product': 'Rückgabe bei Nichtgefallen',
  'late return of an unwanted product': 'verspätete Rückgabe bei Nichtgefallen',
  'wrong product delivered': 'falsches Produkt geliefert',
  'damaged or incomplete on delivery': 'bei Lieferung beschädigt oder unvollständig',
  '6-month Standard Warranty': '6-monatige Standardgarantie',
  'extended supplier warranty': 'erweiterte Lieferantengarantie',
  'paid repair service': 'kostenpflichtiger Reparaturservice',
  'not returnable': 'von der Rückgabe ausgeschlossen',
  'not a defect under the policy': 'laut den Richtlinien kein Mangel',
  'outside the warranty': 'außerhalb der Garantie',
  'manufacturer’s direct warranty': 'Direktgarantie des Herstellers',
  'a new replacement (if possible)': 'ein neues Ersatzgerät (wenn möglich)',
  'a repair': 'eine Reparatur',
  'a replacement': 'ein Ersatzprodukt',
  'the correct product': 'das richtige Produkt',
  'a credit of the purchase price': 'eine Gutschrift des Kaufpreises',
  'a refund': 'eine Erstattung',
  'the remedy the supplier or manufacturer offers': 'die Lösung, die der Lieferant oder Hersteller anbietet',
  'nothing for the return itself; only the delivery charge you paid with your order is not refunded':
    'nichts für die Rücksendung selbst; nur die mit Ihrer Bestellung bezahlten Versandkosten werden nicht erstattet',
  shipping: 'die Versandkosten',
  'the repair costs': 'die Reparaturkosten',
  'the transport costs': 'die Transportkosten',
  'any duties, taxes or brokerage fees': 'etwaige Zölle, Steuern oder Verzollungsgebühren',
  'a restocking fee': 'eine Wiedereinlagerungsgebühr',
  'the RMA number, written clearly on the outside': 'die RMA-Nummer, gut lesbar außen angebracht',
  'a copy of the purchase invoice': 'eine Kopie der Kaufrechnung',
  'a signed pro-forma invoice (an invoice you write and sign yourself, listing the drive and its value, for customs)':
    'eine unterschriebene Proforma-Rechnung (eine Rechnung für den Zoll, die Sie selbst ausstellen und unterschreiben, mit dem Laufwerk und seinem Wert)',
  'the damage, close up and with the whole product in view': 'die Beschädigung, aus der Nähe und mit dem ganzen Produkt im Bild',
  'everything that came in the box, laid out as you received it': 'alles, was im Karton war, so ausgelegt, wie Sie es erhalten haben',
  'the outer box, with its shipping label': 'die Außenverpackung mit dem Versandetikett',
  'the label with the serial number': 'das Etikett mit der Seriennummer',
  'the fault, if it can be seen (for example an error message, or a tray that will not open)':
    'das Fehlerbild, sofern sichtbar (zum Beispiel eine Fehlermeldung oder eine Schublade, die nicht aufgeht)',
  'Last day to tell us': 'Letzter Tag für Ihre Meldung',
  'Warranty ends on': 'Garantie endet am',
  'it has been modified': 'es verändert wurde',
  'it was made or configured to order for you': 'es speziell für Sie angefertigt oder konfiguriert wurde',
  'the software package has been opened': 'die Softwareverpackung geöffnet wurde',
  'it was bought as an Unboxed Deal (discounted open-box stock)': 'es als Unboxed Deal (vergünstigte Open-Box-Ware) gekauft wurde',
  'it was bought used': 'es gebraucht gekauft wurde',
  'it has been used': 'es benutzt wurde',
  'it is damaged': 'es beschädigt ist',
  'its labels or stickers are no longer on it': 'seine Etiketten oder Aufkleber nicht mehr angebracht sind',
  'it is no longer in its original packaging': 'es nicht mehr in der Originalverpackung ist',
  'its packaging is damaged': 'die Verpackung beschädigt ist',
  'it has been opened (its seals are no longer intact)': 'es geöffnet wurde (die Siegel nicht mehr intakt sind)',
  'an accessory or part is missing': 'ein Zubehörteil oder Teil fehlt',
  'the fault comes from wear and tear': 'der Fehler auf Verschleiß zurückgeht',
  'the damage comes from an accident or misuse': 'der Schaden auf einen Unfall oder unsachgemäße Verwendung zurückgeht',
  'the fault comes from a power surge': 'der Fehler auf eine Überspannung zurückgeht',
  'the fault comes from sea air corrosion': 'der Fehler auf Korrosion durch Meeresluft zurückgeht',
  'the fault comes from a lack of care': 'der Fehler auf mangelnde Pflege zurückgeht',
  'it was altered': 'es abgeändert wurde',
  'it works but does not suit your needs': 'es zwar funktioniert, aber nicht Ihren Anforderungen entspricht',
  'it shows only signs of handling': 'es nur Handhabungsspuren aufweist',
  'there is no copy of the purchase invoice': 'keine Kopie der Kaufrechnung vorliegt',
  'This is provided the code or download has not been used (activated); that is checked before anything is refunded.':
    'Das gilt, sofern der Code oder Download nicht benutzt (aktiviert) wurde; das wird geprüft, bevor etwas erstattet wird.',
};
