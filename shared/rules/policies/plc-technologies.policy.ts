// PLC Technologies' return policy (source: sources/plc-technologies.txt), clause by clause.
// Decision clauses are read in order; the first whose condition holds decides.
import type { Condition, PolicyInput } from '../policy.schema';

// "Dead on arrival" is a defect that shows at once: the defective-product route applies.
const DEFECT_REASONS = ['defective', 'dead_on_arrival'];
const DELIVERY_REASONS = ['damaged_on_delivery', 'missing_parts'];
const UNBOXED_OR_USED = ['unboxed_deal', 'used'];

type Decides = NonNullable<PolicyInput['clauses'][number]['decides']>;
/** An unwanted return, and each further condition given. */
const unwantedAnd = (...conditions: Condition[]): Decides['when'] => ({ all: [{ fact: 'reason', is: 'unwanted' }, ...conditions] });
/** Declined as not returnable, saying why. */
const notReturnable = (...notes: string[]): Decides['then'] => ({ outcome: 'declined', track: 'not_returnable', notes });

const PREPARE_QUOTES = [
  'package your products safely and securely for protection during transit;',
  'clearly mark your return reference number on the outside of the parcel;',
  'include all accessories and parts that were sold with the product.',
];

const UNWANTED_CONDITION_QUOTES = [
  'You can return an unwanted product to us at no charge, provided:',
  'it is undamaged and unused, with the original labels and stickers still attached;',
  'it is in the original packaging, which must be undamaged and in its original condition with all seals still intact (if applicable).',
  'it is not missing any accessories or parts;',
];

export const plcTechnologies = {
  id: 'plc-technologies',
  version: '2026-11-27.1',
  clausePrefix: 'plc',
  source: { title: 'PLC Technologies — Our return policy', file: 'plc-technologies.txt' },
  merchant: {
    name: 'PLC Technologies',
    kind: 'retailer',
    email: 'support@plctechnologies.co.za',
    phone: '+27 (0) 82 458 5881',
    howToRequest: 'Log a return on the website, or call, fax or e-mail for a Return Material Authorization (RMA) number and routing instructions.',
    // "Once we have inspected the product and validated your return, we will at your choice…"
    remedyAfter: 'inspection',
    remedyChosenBy: 'customer',
    mentionedAs: ['plc', 'plc technologies'],
    afterApproval: {
      // "credit your account with the purchase price of the product (or refund you if that is your preference)"
      creditOrRefund:
        'PLC Technologies credits the purchase price to your PLC Technologies account, unless you would rather have a refund: then say so, and it refunds you instead.',
      // "The following are not regarded as defects … damage arising from misuse …"; "REPAIR SERVICE: We
      // offer a repair service for our products … Shipping charges … are the customer's responsibility."
      ifNotCovered:
        'If the inspection finds the fault was caused by something the warranty does not cover (wear and tear, misuse, a power surge, poor care or changes made to it), it is not treated as a defect. PLC Technologies’ paid repair service can still repair it, at your cost. The policy does not say more, so a colleague tells you your options then.',
      // "repair / replace the product (if such repair is possible / we have the same product in stock …) or credit your account"
      ifNotPossible:
        'If it cannot be repaired, or the same product (or the correct one) is not in stock, PLC Technologies credits the purchase price to your account, or refunds you if you prefer.',
    },
  },
  locale: { language: 'en', dateOrder: 'DMY' },
  tracks: [
    'unwanted_return',
    'late_return',
    'wrong_item',
    'delivery_damage',
    'standard_warranty',
    'supplier_warranty',
    'paid_repair',
    'not_returnable',
    'not_a_defect',
    'outside_warranty',
    'direct_warranty',
  ],
  windows: {
    unwanted: { label: 'within 30 days of delivery', from: ['deliveryDate', 'purchaseDate'], days: 30, deadline: 'notifyBy' },
    deliveryDamage: { label: 'within 7 days of delivery', from: ['deliveryDate', 'purchaseDate'], days: 7, deadline: 'notifyBy' },
    standardWarranty: { label: 'within 6 months after delivery', from: ['deliveryDate', 'purchaseDate'], months: 6, deadline: 'notifyBy' },
    supplierWarranty: {
      label: 'within the extended supplier warranty period after delivery',
      from: ['deliveryDate', 'purchaseDate'],
      monthsFrom: 'product.supplierWarrantyMonths',
      deadline: 'notifyBy',
    },
  },
  // What is asked and what is presumed: only the customer can say why, and when it was delivered
  // (and, for a defect past 6 months, any extended warranty). What the parcel shows on arrival and
  // what PLC's order records hold is presumed while unsaid; a stated value always wins.
  whenUnknown: {
    'item.modified': { value: false, checked: 'arrival', phrase: 'as it was delivered (not modified)' },
    'item.used': { value: false, checked: 'arrival', phrase: 'unused' },
    'item.damaged': { value: false, checked: 'arrival', phrase: 'undamaged' },
    'item.originalPackaging': { value: true, checked: 'arrival', phrase: 'in its original packaging' },
    'item.packagingUndamaged': { value: true, checked: 'arrival', phrase: 'with that packaging undamaged' },
    'item.sealsIntact': { value: true, checked: 'arrival', phrase: 'with any seals intact' },
    'item.labelsAttached': { value: true, checked: 'arrival', phrase: 'with its labels and stickers attached' },
    'item.accessoriesComplete': { value: true, checked: 'arrival', phrase: 'with all its accessories and parts' },
    'item.softwareOpened': { value: false, checked: 'arrival', phrase: 'with the software package unopened' },
    'product.condition': {
      value: 'new',
      checked: 'order',
      phrase: 'you bought it new (not as an Unboxed Deal, which is discounted open-box stock, and not used)',
    },
    'product.customOrder': { value: false, checked: 'order', phrase: 'it was not made or configured to order for you' },
    'product.category': { value: 'hardware', checked: 'order', phrase: 'it is a device, not software' },
    'product.directWarranty': { value: false, checked: 'order', phrase: 'its warranty is handled by PLC Technologies (not directly by its manufacturer)' },
    defectCause: {
      value: 'unknown',
      note: 'We have taken it that the fault was not caused by anything that happened to it, so the warranty applies; the inspection checks that. It does not cover a fault caused by wear and tear, misuse, a power surge, sea air corrosion, poor care, changes made to the product or use it is not suited for.',
    },
  },
  presumedNotes: {
    arrival: 'This is provided it comes back {list}; that is checked when it arrives.',
    order: 'We have taken it that {list}; that is checked against your order.',
  },
  // PLC's own warranty is 6 months; a longer warranty the customer names (on the box, in the manual)
  // is the supplier's or manufacturer's: the "extended supplier warranty" of the policy.
  readsAs: { 'product.warrantyMonths': 'product.supplierWarrantyMonths' },
  askOrder: ['reason', 'deliveryDate', 'purchaseDate', 'product.supplierWarrantyMonths'],
  clauses: [
    {
      id: 'plc.general.modified',
      title: 'Products modified by the customer are not accepted',
      quote: ['PLC Technologies will not accept returns of products that were modified by a customer.'],
      interpretation: 'This holds whatever the reason for the return.',
      decides: {
        when: { fact: 'item.modified', is: true },
        then: notReturnable('PLC Technologies does not accept returns of products that were modified by the customer.'),
      },
    },
    {
      id: 'plc.unwanted.custom-order',
      title: 'Custom orders are non-returnable',
      quote: ['All custom orders are non-returnable and non-cancelable.'],
      decides: {
        when: unwantedAnd({ fact: 'product.customOrder', is: true }),
        then: notReturnable('Products made or configured to order cannot be returned because they are unwanted.'),
      },
    },
    {
      id: 'plc.unwanted.software-opened',
      title: 'Opened software is not returnable',
      quote: ['Software is not returnable if opened.'],
      decides: {
        when: unwantedAnd({ fact: 'product.category', is: 'software' }, { fact: 'item.softwareOpened', is: true }),
        then: notReturnable('Software cannot be returned as unwanted once its package has been opened.'),
      },
    },
    {
      id: 'plc.unwanted.unboxed-or-used',
      title: 'Unboxed Deals and used products are not returnable as unwanted',
      quote: ['it is not a unboxed deal or used product;', 'Certain parts of this Policy do not apply to Unboxed Deals or used products'],
      decides: {
        when: unwantedAnd({ fact: 'product.condition', in: UNBOXED_OR_USED }),
        then: notReturnable(
          'Unboxed Deals (discounted open-box stock) and used products cannot be returned because they are unwanted. If it is faulty, a warranty return may still apply.',
        ),
      },
    },
    {
      id: 'plc.unwanted.window-30-days',
      title: 'Unwanted products: 30 days, as new, refunded less shipping',
      quote: [
        ...UNWANTED_CONDITION_QUOTES,
        'you log a return on the Website within 30 days of delivery to you or collection by you of the unwanted product.',
        'Eligible items returned within 30 days of purchase qualify for a full refund (less shipping charges).',
      ],
      interpretation:
        'The general terms count 30 days from purchase, the FAQ from delivery or collection: we count from delivery (from the purchase date when the delivery date is not known). Day 30 is in, day 31 is out. "Less shipping charges" is the original shipping charge; the collection itself is free ("at no charge"). Seals count as intact where the product had none.',
      see: ['plc.packing.prepare'],
      decides: {
        when: unwantedAnd(
          { within: 'unwanted' },
          { fact: 'item.used', is: false },
          { fact: 'item.damaged', is: false },
          { fact: 'item.labelsAttached', is: true },
          { fact: 'item.originalPackaging', is: true },
          { fact: 'item.packagingUndamaged', is: true },
          { fact: 'item.sealsIntact', is: true },
          { fact: 'item.accessoriesComplete', is: true },
        ),
        then: {
          outcome: 'approved',
          track: 'unwanted_return',
          transport: 'collection',
          remedies: ['refund'],
          customerPays: ['original_shipping'],
          notes: [
            'You can return this unwanted product for a refund of its price. The delivery charge you paid with your order is not refunded (where there was one); returning it is free.',
          ],
        },
      },
    },
    {
      id: 'plc.unwanted.condition-not-met',
      title: 'Unwanted products must be unused and complete, in undamaged original packaging',
      quote: UNWANTED_CONDITION_QUOTES,
      decides: {
        when: unwantedAnd(
          { within: 'unwanted' },
          {
            any: [
              { fact: 'item.used', is: true },
              { fact: 'item.damaged', is: true },
              { fact: 'item.labelsAttached', is: false },
              { fact: 'item.originalPackaging', is: false },
              { fact: 'item.packagingUndamaged', is: false },
              { fact: 'item.sealsIntact', is: false },
              { fact: 'item.accessoriesComplete', is: false },
            ],
          },
        ),
        then: notReturnable(
          'An unwanted product can only be returned unused and undamaged, with its labels and stickers, in its undamaged original packaging with the seals intact and with all accessories.',
          'If the product is faulty, a warranty return may still apply.',
        ),
      },
    },
    {
      id: 'plc.unwanted.late-return',
      title: 'Unwanted after 30 days: at the retailer’s option, with a restocking fee',
      quote: [
        'PLC Technologies has the option to accept returns of products 30 days after the date of purchase and such returns are subject to a restocking fee of up to 20%.',
        'After 30 days, you can only return a product if it is defective.',
      ],
      interpretation:
        'The general terms let the retailer accept a late return with a restocking fee of up to 20%; the FAQ says only defective products. We read it as the retailer’s discretion: the request goes to review.',
      decides: {
        when: unwantedAnd({ not: { within: 'unwanted' } }),
        then: {
          outcome: 'review',
          track: 'late_return',
          transport: 'collection',
          customerPays: ['restocking_fee'],
          restockingFeeMaxPercent: 20,
          notes: [
            'It is more than 30 days since delivery, so PLC Technologies decides whether to accept this return. If it does, a restocking fee of up to 20% may apply.',
            'If the product is faulty, tell us: defective products are covered by the warranty.',
          ],
          afterReview: {
            approved: {
              remedies: ['refund'],
              notes: [
                'PLC Technologies has accepted this return, although it is more than 30 days since delivery.',
                'You are refunded once it has been received and checked, less a restocking fee of up to 20%.',
              ],
            },
            declined: {
              notes: [
                'PLC Technologies has not accepted this return: it is more than 30 days since delivery, and after 30 days a product can only be returned if it is defective.',
                'If the product is faulty, tell us: defective products are covered by the warranty.',
              ],
            },
          },
        },
      },
    },
    {
      id: 'plc.wrong-item.collect',
      title: 'Wrong or misdescribed product: collected free, correct product, credit or refund',
      quote: [
        'If we accidentally deliver the wrong product to you, or if the product is not as described on the Website, please notify us and we will collect the product from you at no charge.',
        'Once we have inspected the product and validated your return, we will at your choice deliver the correct product to you as soon as possible (if the correct product is available); or credit your account with the purchase price of the product within 10 days of the return (or refund you if that is your preference).',
      ],
      see: ['plc.packing.prepare'],
      decides: {
        when: { fact: 'reason', is: 'wrong_item' },
        then: {
          outcome: 'approved',
          track: 'wrong_item',
          transport: 'collection',
          remedies: ['correct_product', 'credit', 'refund'],
          // "credit your account with the purchase price of the product within 10 days of the return"
          creditDays: 10,
          notes: [
            'We delivered the wrong product, so returning it costs you nothing.',
            'Once it has been inspected you choose: the correct product (if available), delivered as soon as possible, a credit of the purchase price within 10 days of the return, or a refund.',
          ],
        },
      },
    },
    {
      id: 'plc.delivery-damage.window-7-days',
      title: 'Damaged or incomplete on delivery: notify within 7 days',
      quote: [
        'Should a product be damaged or missing any parts or accessories at the time of delivery / collection, please notify us within 7 days of such delivery / collection by logging a return on the Website.',
        'We will arrange to collect the product from you at no charge.',
        'Once we have inspected the product and validated your return, we will at your choice repair / replace the product as soon as possible (if such repair is possible/ we have the same product in stock to use as a replacement) or credit your account with the purchase price of the product (or refund you if that is your preference).',
      ],
      interpretation: 'Day 7 after delivery is in, day 8 is out.',
      see: ['plc.packing.prepare'],
      decides: {
        when: { all: [{ fact: 'reason', in: DELIVERY_REASONS }, { within: 'deliveryDamage' }] },
        then: {
          outcome: 'approved',
          track: 'delivery_damage',
          transport: 'collection',
          remedies: ['repair', 'replace', 'credit', 'refund'],
          // What arrived, before it goes back: the damage or the contents, the box with its shipping
          // label (transport damage shows there) and the serial label (it is the product we sold).
          photos: {
            damaged_on_delivery: ['damage', 'packaging', 'serial_label'],
            missing_parts: ['contents', 'packaging', 'serial_label'],
          },
          notes: [
            'You told us within 7 days of delivery, so returning it costs you nothing.',
            'Once it has been inspected you choose: a repair or replacement (where possible), done as soon as possible, a credit of the purchase price, or a refund.',
          ],
        },
      },
    },
    {
      id: 'plc.delivery-damage.late',
      title: 'Delivery damage reported after 7 days',
      quote: [
        'Should a product be damaged or missing any parts or accessories at the time of delivery / collection, please notify us within 7 days of such delivery / collection by logging a return on the Website.',
      ],
      interpretation:
        'After 7 days it is no longer treated as delivery damage, and the text sets no other consequence: PLC Technologies reviews the request. A fault (rather than transport damage) can still be a warranty claim.',
      decides: {
        when: { all: [{ fact: 'reason', in: DELIVERY_REASONS }, { not: { within: 'deliveryDamage' } }] },
        then: {
          outcome: 'review',
          track: 'delivery_damage',
          transport: 'collection',
          // The review weighs the same evidence as a report in time.
          photos: {
            damaged_on_delivery: ['damage', 'packaging', 'serial_label'],
            missing_parts: ['contents', 'packaging', 'serial_label'],
          },
          afterReview: {
            approved: {
              remedies: ['repair', 'replace', 'credit', 'refund'],
              notes: [
                'PLC Technologies has accepted your report of damage or missing parts, although it came more than 7 days after delivery.',
                'Once it has been inspected you choose: a repair or replacement (where possible), a credit of the purchase price, or a refund.',
              ],
            },
            declined: {
              notes: [
                'PLC Technologies has not accepted this as damage on delivery: it was reported more than 7 days after delivery.',
                'If the product does not work properly, it may still be covered by the warranty.',
              ],
            },
          },
          notes: [
            'Damage or missing parts should be reported within 7 days of delivery, and that time has passed. PLC Technologies will review your request and get back to you.',
            'If the product does not work properly, it may still be covered by the warranty.',
          ],
        },
      },
    },
    {
      id: 'plc.defect.exclusions',
      title: 'What is not a defect',
      quote: [
        'The following will NOT be regarded as defects and will not entitle you to a return under this section 3:',
        'faults resulting from normal wear and tear;',
        'damage arising from negligence, user abuse or incorrect usage of the product;',
        'damage arising from electrical surges or sea air corrosion;',
        'damage arising from a failure to adequately care for the product;',
        'damage arising from unauthorized alterations to the product;',
        'where the specifications of a product, although accurately described on the Website and generally fit for its intended purpose, do not suit you;',
      ],
      see: ['plc.repair-service.paid'],
      decides: {
        when: {
          all: [
            { fact: 'reason', in: DEFECT_REASONS },
            {
              fact: 'defectCause',
              in: ['wear_and_tear', 'misuse', 'electrical_surge', 'sea_air_corrosion', 'poor_care', 'unauthorized_alteration', 'not_suitable'],
            },
          ],
        },
        then: {
          outcome: 'declined',
          track: 'not_a_defect',
          notes: [
            'What you describe is not treated as a defect under the policy (wear and tear, misuse, electrical surges, sea air corrosion, poor care, alterations, or a product that does not suit you), so it cannot be returned as defective.',
            'Our paid repair service can still help: ask for a repair RMA.',
          ],
        },
      },
    },
    {
      id: 'plc.defect.handling-signs',
      title: 'Signs of handling on Unboxed Deals and used products are not defects',
      quote: ['and in relation to Unboxed Deals or used products, signs of handling and/or repackaging.'],
      see: ['plc.defect.exclusions'],
      decides: {
        when: {
          all: [
            { fact: 'reason', in: DEFECT_REASONS },
            { fact: 'defectCause', is: 'handling_signs' },
            { fact: 'product.condition', in: UNBOXED_OR_USED },
          ],
        },
        then: {
          outcome: 'declined',
          track: 'not_a_defect',
          notes: [
            'Signs of handling or repackaging on an Unboxed Deal (discounted open-box stock) or a used product are not a defect, so it cannot be returned as defective.',
          ],
        },
      },
    },
    {
      id: 'plc.defect.direct-warranty',
      title: 'Direct warranty products go to the manufacturer',
      quote: ['save for direct warranty products which are discussed below'],
      interpretation:
        'The policy promises to discuss direct warranty products but never does. We read it as: the manufacturer services these directly, so the customer is referred to them.',
      decides: {
        when: {
          all: [
            { fact: 'reason', in: DEFECT_REASONS },
            { fact: 'product.directWarranty', is: true },
          ],
        },
        then: {
          outcome: 'referred',
          track: 'direct_warranty',
          notes: [
            "This product's warranty is serviced directly by its manufacturer: please contact the manufacturer, whose details are in the product's documentation.",
          ],
        },
      },
    },
    {
      id: 'plc.warranty.standard-6-months',
      title: 'Standard Warranty: 6 months from delivery',
      quote: [
        'please notify us as soon as reasonably possible after you become aware of the defect or poor quality, but in any event within 6 months after delivery / collection of the product (except in the case of an extended supplier warranty, which is set out below).',
        'You can do so by logging a return on the Website, and we will arrange to collect the product from you at no charge. Once we have inspected the product and validated your return, we will at your choice repair / replace the product (if such repair is possible / we have the same product in stock to use as a replacement) or credit your account with the purchase price of the product (or refund you if that is your preference).',
      ],
      interpretation: 'Six calendar months from delivery, the last day included; a day the month lacks rolls back to its last day.',
      see: ['plc.warranty.21-day-promise', 'plc.packing.prepare'],
      decides: {
        when: { all: [{ fact: 'reason', in: DEFECT_REASONS }, { within: 'standardWarranty' }] },
        then: {
          outcome: 'approved',
          track: 'standard_warranty',
          transport: 'collection',
          remedies: ['repair', 'replace', 'credit', 'refund'],
          slaDays: 21,
          notes: [
            'Your product is within the 6-month Standard Warranty, so returning it costs you nothing.',
            'Once it has been inspected you choose: a repair or replacement (where possible), a credit of the purchase price, or a refund.',
            'If the repair or replacement takes longer than 21 days, PLC Technologies will contact you to offer a credit or refund instead.',
          ],
        },
      },
    },
    {
      id: 'plc.warranty.supplier',
      title: 'Extended supplier warranty: returned to the supplier at no charge',
      quote: [
        'A product may have a supplier warranty that extends beyond the 6 month Standard Warranty.',
        'please notify us as soon as reasonably possible after you become aware of the defect, but in any event within the extended supplier warranty period after delivery / collection of the product',
        'You can do so by logging a return on the Website, and we will facilitate your return of the product to the supplier at no charge.',
        'It is also important to note that it will be in the supplier or manufacturer’s discretion what remedy it can offer you.',
      ],
      interpretation: 'The supplier warranty length is counted in calendar months from delivery.',
      see: ['plc.warranty.supplier-21-days', 'plc.unboxed.no-supplier-warranty', 'plc.packing.prepare'],
      decides: {
        when: {
          all: [
            { fact: 'reason', in: DEFECT_REASONS },
            { not: { within: 'standardWarranty' } },
            { not: { fact: 'product.condition', in: UNBOXED_OR_USED } },
            { within: 'supplierWarranty' },
          ],
        },
        then: {
          outcome: 'approved',
          track: 'supplier_warranty',
          transport: 'collection',
          remedies: ['supplier_remedy'],
          slaDays: 21,
          notes: [
            'The 6-month Standard Warranty has ended, but the extended supplier warranty still covers your product: PLC Technologies sends it to the supplier at no charge to you.',
            'The supplier or manufacturer decides the remedy, under its own warranty terms.',
            'If a repair or replacement takes longer than 21 days, PLC Technologies will contact you to offer a credit or refund directly.',
          ],
        },
      },
    },
    {
      id: 'plc.warranty.outside',
      title: 'Outside every warranty period',
      quote: [
        'Where there is no extended supplier warranty period, unfortunately we cannot facilitate returns that fall outside of the 6 month period.',
        'Unfortunately we cannot facilitate returns that fall outside of the extended supplier warranty period.',
      ],
      see: ['plc.repair-service.paid'],
      decides: {
        when: { all: [{ fact: 'reason', in: DEFECT_REASONS }, { not: { within: 'standardWarranty' } }] },
        then: {
          outcome: 'declined',
          track: 'outside_warranty',
          notes: [
            'Your product is outside the 6-month Standard Warranty and is not covered by an extended supplier warranty, so it cannot be returned as defective.',
            'Our paid repair service can still help: you pay shipping, any duties and taxes, and the repair. Ask for a repair RMA.',
          ],
        },
      },
    },
    {
      id: 'plc.repair-service.paid',
      title: 'Paid repair service',
      quote: [
        'REPAIR SERVICE: We offer a repair service for our products.',
        'Please call, FAX, or e-mail to request a Return Material Authorization (RMA) number and routing instructions.',
        "Shipping charges and any duties, taxes or brokerage fees are the customer's responsibility.",
      ],
      interpretation: 'The repair service is for products outside the warranty, so the repair itself is charged as well.',
      see: ['plc.packing.prepare'],
      decides: {
        when: { fact: 'reason', is: 'paid_repair' },
        then: {
          outcome: 'approved',
          track: 'paid_repair',
          transport: 'send',
          customerPays: ['return_shipping', 'duties_taxes', 'repair_costs'],
          notes: [
            'PLC Technologies can repair your product through its repair service.',
            'You pay the shipping, any duties, taxes or brokerage fees, and the repair costs.',
          ],
        },
      },
    },
    {
      id: 'plc.warranty.21-day-promise',
      title: 'Repairs taking longer than 21 days',
      quote: ['If the repair / replacement takes longer than 21 days, we will get in touch with you to see if you would rather receive a credit / refund.'],
    },
    {
      id: 'plc.warranty.supplier-21-days',
      title: 'Supplier repairs taking longer than 21 days',
      quote: [
        'if the supplier or manufacturer has offered you a repair / replacement within the applicable extended supplier warranty and it takes longer than 21 days, we will get in touch with you to see if you would rather receive a credit / refund directly from us.',
      ],
    },
    {
      id: 'plc.unboxed.replacement',
      title: 'A faulty Unboxed Deal or used product is replaced by the same, not by a new one',
      quote: [
        'Where you request a repair / replacement of an Unboxed Deal or used product and a repair is not possible, we will see if we have a replacement Unboxed Deal or used product in stock (which is the same product, of the same nature and type, as the one sold), but if we do not, we will credit / refund you.',
        'A product in perfect condition (that is not an Unboxed Deal or used product) is not the same product as an Unboxed Deal or used product.',
      ],
      adds: {
        when: {
          all: [{ outcome: ['approved'] }, { fact: 'reason', in: DEFECT_REASONS }, { fact: 'product.condition', in: UNBOXED_OR_USED }],
        },
        then: {
          notes: [
            'As it was an Unboxed Deal or a used product: if it cannot be repaired, PLC Technologies replaces it with another Unboxed Deal or used product of the same kind if it has one in stock, not with a new one; if it has none, it credits or refunds you.',
          ],
        },
      },
    },
    {
      id: 'plc.unboxed.no-supplier-warranty',
      title: 'Unboxed Deals and used products have no extended supplier warranty',
      quote: [
        'PLEASE NOTE: Unboxed Deals and used products do not have extended supplier warranties and this will be made clear on the product description page.',
      ],
    },
    {
      id: 'plc.packing.prepare',
      title: 'Preparing products for a return',
      quote: PREPARE_QUOTES,
      adds: {
        when: { outcome: ['approved'] },
        then: {
          documents: ['rma_number_on_parcel'],
          packing: [
            'Package the product safely and securely to protect it in transit.',
            'Clearly mark your return reference (the RMA number) on the outside of the parcel.',
            'Include all accessories and parts that were sold with the product.',
          ],
        },
      },
    },
    {
      id: 'plc.general.statutory-rights',
      title: 'Statutory rights are not limited',
      quote: ['Nothing in this Policy is intended to limit your statutory rights in any way.'],
      adds: {
        when: { outcome: ['declined'] },
        then: { notes: ['Nothing in this policy limits your statutory rights.'] },
      },
    },
  ],
} satisfies PolicyInput;
