// Which attached files are the customer's proof of purchase, by their names.
import { carriesInvoice, namesPurchaseDocument, withAttachedInvoice } from '../../../../shared/email/invoice';

describe('a file named as a proof of purchase', () => {
  it.each([
    'invoice.pdf',
    'Invoice_2026-11-17.pdf',
    'MyInvoice.PDF',
    'invoices.pdf',
    'receipt.jpg',
    'IMG_receipt_0042.HEIC',
    'Rechnung.pdf',
    'Handyrechnung 2026.pdf',
    'Kaufbeleg_MediaMarkt.png',
    'Quittung.jpg',
    'facture-1234.pdf',
    'factura.pdf',
    'fattura_elettronica.pdf',
    'faktura.pdf',
    'bill.pdf',
    'Bill_0042.jpg',
    'proof of purchase.pdf',
    'Proof-Of-Purchase.png',
    'order_confirmation_12345.pdf',
    'OrderConfirmation.pdf',
    'Bestellbestätigung.pdf',
    'Auftragsbestätigung 4711.pdf',
    'ticket de caisse.jpg',
  ])('%s is one', (name) => {
    expect(namesPurchaseDocument(name)).toBe(true);
  });

  it.each(['photo.jpg', 'damage.png', 'manual.pdf', 'billing-address.pdf', 'billboard.jpg', 'order.pdf', 'confirmation.pdf', 'IMG_0042.HEIC', 'attachment'])(
    '%s is not',
    (name) => {
      expect(namesPurchaseDocument(name)).toBe(false);
    },
  );
});

describe('an attached invoice among the facts', () => {
  const pdf = (filename: string) => ({ filename, contentType: 'application/pdf' });

  it('is the invoice copy when it is a PDF or a photo', () => {
    expect(carriesInvoice([pdf('damage.pdf'), pdf('invoice.pdf')])).toBe(true);
    expect(carriesInvoice([{ filename: 'receipt.jpg', contentType: 'image/jpeg' }])).toBe(true);
  });

  it('is not when it is another kind of file', () => {
    expect(carriesInvoice([{ filename: 'invoice.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }])).toBe(false);
    expect(carriesInvoice([])).toBe(false);
  });

  it('says the customer has the invoice copy, unless the words already said either way', () => {
    expect(withAttachedInvoice({ reason: 'defective' }, [pdf('invoice.pdf')])).toEqual({ reason: 'defective', invoiceCopy: true });
    expect(withAttachedInvoice({ invoiceCopy: false }, [pdf('invoice.pdf')])).toEqual({ invoiceCopy: false });
    expect(withAttachedInvoice({ reason: 'defective' }, [pdf('manual.pdf')])).toEqual({ reason: 'defective' });
  });
});
