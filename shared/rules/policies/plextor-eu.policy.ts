// Plextor Europe's service conditions (source: sources/plextor-eu.txt), clause by clause.
// Decision clauses are read in order; the first whose condition holds decides.
import type { PolicyInput } from '../policy.schema';

const IN_SCOPE_REASONS = ['defective', 'dead_on_arrival', 'paid_repair'];
const SERVICE_REASONS = ['defective', 'paid_repair'];
/** Plextor pays the way back of a serviced drive. */
const WAY_BACK_PAID = 'Plextor handles and pays for shipping the serviced drive back to you; you pay only the postage to send it to Plextor.';

type Effect = NonNullable<PolicyInput['clauses'][number]['decides']>['then'];
/** The in-warranty service: the customer posts the drive, Plextor repairs or replaces it and pays the way back. */
const inWarrantyService = (...notes: string[]): Effect => ({
  outcome: 'approved',
  track: 'in_warranty',
  transport: 'send',
  remedies: ['repair', 'replace'],
  notes: [...notes, WAY_BACK_PAID],
});

export const plextorEu = {
  id: 'plextor-eu',
  version: '2026-11-29.1',
  clausePrefix: 'plextor',
  source: {
    title: 'Plextor Europe — Service conditions (Material Return for after-sales service)',
    file: 'plextor-eu.txt',
    note: '2006 Plextor SA/NV',
  },
  merchant: {
    name: 'Plextor Europe',
    kind: 'manufacturer',
    howToRequest: 'Request an RMA number first; Plextor confirms it with further instructions, which must be followed strictly.',
    // "upon receipt of the defective drive, it will be replaced, if possible, by a new one"
    // "Plextor reserves the right to use any of these category's at its own choice."
    remedyAfter: 'receipt',
    remedyChosenBy: 'merchant',
    // "All shipments of serviced in-warranty drives are handled and paid by Plextor."
    shipsBackFree: true,
    // A merchant setting: the conditions name no address (they say Plextor sends instructions with the
    // RMA number). The default is Plextor Europe's Belgian office as last published; a deployment sets
    // the service address the merchant confirms here (docs/after-approval.md).
    returnAddress: ['Plextor Europe, RMA department', 'Excelsiorlaan 9', '1930 Zaventem', 'Belgium'],
    mentionedAs: ['plextor'],
    // "Plextor Europe … CD/DVD/Blu-ray drives", and its solid-state drives: the conditions speak of "a
    // Plextor product" and of drives.
    makes: ['drive', 'burner', 'writer', 'rewriter', 'recorder', 'player', 'px-', 'hardware', 'ssd', 'solid'],
    afterApproval: {
      // "it will be replaced, if possible, by a new one … if any of these conditions are not met, the
      // procedure is automatically changed to standard RMA service"; "Replacement drives are of the same
      // type … New drive, Revised drive, Serviced drive … The warranty of the original drive is maintained"
      ifNotPossible:
        'If a new drive is not possible, it gets the standard warranty service: a repair, or a drive of the same type (new, revised or serviced, at Plextor Europe’s choice), which keeps the rest of your warranty.',
      // "In case Plextor finds any returned drive not to be in warranty … it reserves the right to invoice all service and transport costs."
      ifNotCovered: 'If Plextor Europe finds the drive is not in warranty after all, its conditions let it invoice you for all service and transport costs.',
      // "In case an out-of-warranty service is accepted, Plextor will invoice all repair and transport costs."
      paidWork:
        'If Plextor Europe accepts the work, it sends you an invoice for the repair and the transport. Its conditions give no prices and do not say how the invoice is paid, so a colleague tells you that.',
      // "The warranty of the original drive is maintained and taken over by the replacement drive."
      replacementWarranty: 'Your warranty does not start again: a replacement drive takes over the warranty of your original drive, for the time it has left.',
    },
  },
  locale: { language: 'en', dateOrder: 'DMY' },
  regions: {
    // "European Community": the EU member states.
    ec: [
      'AT',
      'BE',
      'BG',
      'HR',
      'CY',
      'CZ',
      'DK',
      'EE',
      'FI',
      'FR',
      'DE',
      'GR',
      'HU',
      'IE',
      'IT',
      'LV',
      'LT',
      'LU',
      'MT',
      'NL',
      'PL',
      'PT',
      'RO',
      'SK',
      'SI',
      'ES',
      'SE',
    ],
    // "for Switzerland and Norway, the same service policy as within EC is applicable"
    ec_equivalent: ['CH', 'NO'],
    non_ec_europe: ['GB', 'IS', 'LI', 'TR', 'RS', 'UA', 'BA', 'ME', 'MK', 'AL', 'MD', 'BY', 'AD', 'MC', 'SM', 'VA', 'XK'],
  },
  tracks: ['doa', 'in_warranty', 'out_of_warranty', 'out_of_scope', 'not_applicable'],
  windows: {
    doa: { label: 'within 15 days after the purchase date', from: ['purchaseDate'], days: 15, deadline: 'notifyBy' },
    warranty: { label: 'within the warranty period', from: ['purchaseDate'], monthsFrom: 'product.warrantyMonths', deadline: 'warrantyEnds' },
  },
  // What is asked and what is presumed: only the customer can say why, when they bought it and
  // where from. The invoice copy and the drive's state are presumed while unsaid (the parcel shows
  // them); a stated value always wins.
  whenUnknown: {
    'product.warrantyMonths': {
      value: 24,
      note: "We have counted Plextor's usual 24-month warranty from the purchase date. What counts is the date and warranty on your proof of purchase (the invoice), so keep it, or any other proof of the date, at hand.",
      alsoWhenRefused: true,
    },
    invoiceCopy: {
      value: true,
      note: 'We have taken it that you have the purchase invoice. Without a copy of it in the parcel, a drive that was dead on arrival is repaired or replaced under the warranty instead of being exchanged for a new one.',
    },
    'item.damaged': { value: false, checked: 'arrival', phrase: 'without physical damage' },
  },
  presumedNotes: {
    arrival: 'This is provided the drive arrives {list}; that is checked when it arrives.',
    order: 'We have taken it that {list}; that is checked against your invoice.',
  },
  askOrder: ['reason', 'country', 'purchaseDate'],
  clauses: [
    {
      id: 'plextor.scope.seller-returns',
      title: 'Plextor services defective drives; the seller handles other returns',
      quote: ['In the event that a Plextor product is defective within the warranty period, it can be returned to Plextor for in-warranty service.'],
      interpretation:
        'The conditions only cover defective drives. Unwanted products, wrong items, transport damage and missing parts are matters for the shop that sold the drive.',
      decides: {
        when: { fact: 'reason', in: ['unwanted', 'wrong_item', 'damaged_on_delivery', 'missing_parts'] },
        then: {
          outcome: 'referred',
          track: 'not_applicable',
          notes: [
            'Plextor, as the manufacturer, only services defective drives. For an unwanted, wrong, damaged or incomplete delivery, please contact the shop you bought the drive from.',
          ],
        },
      },
    },
    {
      id: 'plextor.scope.europe',
      title: 'Plextor Europe serves European countries',
      quote: ['Welcome to Plextor Europe', 'In European Countries, not belonging to the European Community, a different service policy is applied.'],
      interpretation:
        'These are the service conditions of Plextor Europe: EC member states, Switzerland, Norway and the other European countries. Returns from anywhere else are for the Plextor office of that region.',
      see: ['plextor.scope.ch-no'],
      decides: {
        when: {
          not: {
            any: [
              { fact: 'country', inRegion: 'ec' },
              { fact: 'country', inRegion: 'ec_equivalent' },
              { fact: 'country', inRegion: 'non_ec_europe' },
            ],
          },
        },
        then: {
          outcome: 'referred',
          track: 'out_of_scope',
          notes: [
            "Plextor Europe services drives returned from European countries only. Please contact Plextor's service office for your region, or the shop you bought the drive from.",
          ],
        },
      },
    },
    {
      id: 'plextor.scope.ch-no',
      title: 'Switzerland and Norway are served as the EC',
      quote: ['However, for Switzerland and Norway, the same service policy as within EC is applicable.'],
    },
    {
      id: 'plextor.doa.conditions',
      title: 'Dead on arrival: replaced by a new drive',
      quote: [
        'Plextor recognises your drive being DOA if following conditions are met:',
        'The problem is mentioned by written notice (fax or email) to Plextor support within 15 days after the purchase date.',
        'upon receipt of the defective drive, it will be replaced, if possible, by a new one.',
        'a copy of the purchase invoice must be send with the drive to validate the warranty.',
        'the drive may not be damaged',
      ],
      interpretation:
        'Notice on day 15 after the purchase date is in time; day 16 is not. The request logged here is the written notice. The DOA service applies wherever Plextor Europe accepts in-warranty returns.',
      see: ['plextor.rma.required', 'plextor.warranty.inspection'],
      decides: {
        when: {
          all: [{ fact: 'reason', is: 'dead_on_arrival' }, { within: 'doa' }, { fact: 'invoiceCopy', is: true }, { fact: 'item.damaged', is: false }],
        },
        then: {
          outcome: 'approved',
          track: 'doa',
          transport: 'send',
          remedies: ['replace_new'],
          documents: ['invoice_copy'],
          // The serial label identifies the drive under warranty; a visible fault (an error message,
          // a tray that will not open) helps Plextor confirm it is dead on arrival.
          photos: { dead_on_arrival: ['serial_label', 'fault'] },
          notes: [
            "Your drive qualifies for Plextor's dead-on-arrival (DOA) service: when it arrives it will be replaced by a new drive, if possible.",
            'A copy of the purchase invoice must travel with the drive; it validates the warranty.',
          ],
        },
      },
    },
    {
      id: 'plextor.doa.not-met-in-warranty',
      title: 'DOA conditions not met: standard RMA service',
      quote: [
        'if any of these conditions are not met, the procedure is automatically changed to standard RMA service or will return unrepaired if there is no warranty on the unit.',
      ],
      see: ['plextor.doa.conditions', 'plextor.warranty.in-warranty'],
      decides: {
        when: { all: [{ fact: 'reason', is: 'dead_on_arrival' }, { within: 'warranty' }] },
        then: inWarrantyService(
          'Your request does not meet every dead-on-arrival condition (notice within 15 days of purchase, a copy of the invoice, an undamaged drive), so it goes through the standard in-warranty RMA service instead.',
          'The in-warranty service is free of charge: the drive is repaired or replaced by a drive of the same type.',
        ),
      },
    },
    {
      id: 'plextor.doa.not-met-no-warranty',
      title: 'DOA conditions not met and no warranty: returned unrepaired',
      quote: [
        'if any of these conditions are not met, the procedure is automatically changed to standard RMA service or will return unrepaired if there is no warranty on the unit.',
      ],
      see: ['plextor.doa.conditions'],
      decides: {
        when: { all: [{ fact: 'reason', is: 'dead_on_arrival' }, { not: { within: 'warranty' } }] },
        then: {
          outcome: 'declined',
          track: 'out_of_warranty',
          notes: ['The drive does not meet the dead-on-arrival conditions and is no longer under warranty, so Plextor would return it unrepaired.'],
        },
      },
    },
    {
      id: 'plextor.warranty.in-warranty',
      title: 'In-warranty service is free of charge',
      quote: [
        'In the event that a Plextor product is defective within the warranty period, it can be returned to Plextor for in-warranty service.',
        'The service for in-warranty returns is free-of-charge. All shipments of serviced in-warranty drives are handled and paid by Plextor.',
      ],
      interpretation: 'A request for a paid repair of a drive that is still in warranty is an in-warranty service request, which is free.',
      see: ['plextor.replacement.terms', 'plextor.warranty.inspection', 'plextor.rma.required'],
      decides: {
        when: { all: [{ fact: 'reason', in: SERVICE_REASONS }, { within: 'warranty' }] },
        then: inWarrantyService(
          'Your drive is within its warranty, so Plextor services it free of charge: it is repaired or replaced by a drive of the same type.',
        ),
      },
    },
    {
      id: 'plextor.non-ec.in-warranty-only',
      title: 'Outside the EC (but for CH and NO), only drives in warranty',
      quote: [
        'Endusers, dealers or distributors can return defective goods to Plextor under following conditions:',
        'the returned material is in warranty',
        'a RMA number is requested and issued by Plextor.',
      ],
      see: ['plextor.scope.ch-no'],
      decides: {
        when: {
          all: [{ fact: 'reason', in: IN_SCOPE_REASONS }, { fact: 'country', inRegion: 'non_ec_europe' }, { not: { within: 'warranty' } }],
        },
        then: {
          outcome: 'declined',
          track: 'out_of_warranty',
          notes: [
            'From European countries outside the European Union (other than Switzerland and Norway), Plextor accepts only drives that are still in warranty. This drive is not, so it cannot be returned for service.',
          ],
        },
      },
    },
    {
      id: 'plextor.out-of-warranty.service',
      title: 'Out-of-warranty service: at Plextor’s discretion, repair and transport invoiced',
      quote: [
        'Plextor reserves the right to refuse requests for out-of-warranty service.',
        'In case an out-of-warranty service is accepted, Plextor will invoice all repair and transport costs.',
      ],
      see: ['plextor.scope.ch-no'],
      decides: {
        when: {
          all: [
            { fact: 'reason', in: SERVICE_REASONS },
            {
              any: [
                { fact: 'country', inRegion: 'ec' },
                { fact: 'country', inRegion: 'ec_equivalent' },
              ],
            },
            { not: { within: 'warranty' } },
          ],
        },
        then: {
          outcome: 'review',
          track: 'out_of_warranty',
          transport: 'send',
          customerPays: ['repair_costs', 'transport_costs'],
          notes: [
            'Your drive is out of warranty. Plextor decides whether to accept an out-of-warranty service; if it does, it invoices all repair and transport costs.',
          ],
          afterReview: {
            approved: {
              remedies: ['repair'],
              notes: ['Plextor has accepted the out-of-warranty service of your drive.', 'Plextor will invoice all repair and transport costs.'],
            },
            declined: {
              notes: ['Plextor has declined the out-of-warranty service of your drive: it reserves the right to refuse requests for out-of-warranty service.'],
            },
          },
        },
      },
    },
    {
      id: 'plextor.replacement.terms',
      title: 'Replacement drives',
      quote: [
        'Replacement drives are of the same type as the returned drive. The serial number will be different.',
        'The warranty of the original drive is maintained and taken over by the replacement drive.',
        'After the exchange service, the defective product becomes property of Plextor.',
      ],
    },
    {
      id: 'plextor.warranty.inspection',
      title: 'Drives found out of warranty may be invoiced',
      quote: [
        'In case Plextor finds any returned drive not to be in warranty as described in the Warranty Terms and Conditions, it reserves the right to invoice all service and transport costs.',
      ],
      adds: {
        when: { outcome: ['approved'] },
        then: { notes: ['If Plextor finds on inspection that the drive is not in warranty, it may invoice all service and transport costs.'] },
      },
    },
    {
      id: 'plextor.warranty.cause-said',
      title: 'Damage or its cause told: the warranty terms decide',
      quote: [
        'In case Plextor finds any returned drive not to be in warranty as described in the Warranty Terms and Conditions, it reserves the right to invoice all service and transport costs.',
      ],
      interpretation:
        'These conditions do not list what the warranty excludes. Where the customer tells us the drive is damaged, or a cause a warranty commonly excludes (a drop, a power surge, a change they made), the service stays as decided and the customer is told plainly that Plextor may find it not covered and invoice it.',
      adds: {
        when: {
          all: [
            { outcome: ['approved'] },
            {
              any: [
                { fact: 'item.damaged', is: true },
                {
                  fact: 'defectCause',
                  in: ['wear_and_tear', 'misuse', 'electrical_surge', 'sea_air_corrosion', 'poor_care', 'unauthorized_alteration', 'not_suitable'],
                },
              ],
            },
          ],
        },
        then: {
          notes: [
            'You told us the drive is damaged, or what caused the fault: whether the warranty covers that is decided by Plextor’s Warranty Terms and Conditions, which these conditions refer to but do not include. Ask a colleague before you send it if you want to know first.',
          ],
        },
      },
    },
    {
      id: 'plextor.rma.required',
      title: 'No return without an RMA number',
      quote: [
        'Before returning any products to Plextor , a Return Material Authorisation (RMA) has to be requested.',
        'Plextor will not accept any returns without Return Material Authorisation.',
        'instructions that come with the RMA confirmation number must be followed stricktly.',
      ],
      adds: {
        when: { outcome: ['approved'] },
        then: {
          documents: ['rma_number_on_parcel'],
          // "must be followed strictly" is quoted with the clause; as a step of its own it only said to follow
          // the steps (blind runs BM, BN, BO: read as vague and stern).
          packing: ['Write the RMA number clearly on the outside of the parcel: Plextor does not accept returns without it.'],
        },
      },
    },
    {
      id: 'plextor.non-ec.proforma',
      title: 'Shipments from outside the EC need a signed pro-forma invoice',
      quote: [
        'For shipments from countries not belonging to the European Community to Plextor, a signed pro-forma invoice must accompany the returning shipment.',
      ],
      interpretation: 'Switzerland and Norway are served as the EC, so this applies to the other non-EC European countries.',
      adds: {
        when: { all: [{ outcome: ['approved'] }, { fact: 'country', inRegion: 'non_ec_europe' }] },
        then: {
          documents: ['signed_proforma_invoice'],
          notes: [
            'You are sending it from outside the European Union: a signed pro-forma invoice must go with the parcel. That is an invoice you write and sign yourself, listing the drive and its value, for customs.',
          ],
        },
      },
    },
    {
      id: 'plextor.transport.liability',
      title: 'Transport is at the sender’s risk',
      quote: ['In no case, Plextor can be held responsible for any loss or damages during transports to or from Plextor.'],
      adds: {
        when: { outcome: ['approved'] },
        then: {
          packing: [
            'Pack the drive securely, in protective packaging: Plextor is not responsible for loss or damage in transport, so consider a tracked, insured service.',
          ],
        },
      },
    },
  ],
} satisfies PolicyInput;
