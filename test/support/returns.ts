// What a return is about, stated once for the tests and the benchmarks: a pristine new item, and a
// request to return one the customer does not want, as POST /api/cases takes it.

/** An item as it left the box: every condition PLC sets for taking back an unwanted item holds. */
export const PRISTINE_ITEM = {
  used: false,
  damaged: false,
  labelsAttached: true,
  originalPackaging: true,
  packagingUndamaged: true,
  sealsIntact: true,
  accessoriesComplete: true,
};

/** New hardware, not made to order. */
export const NEW_HARDWARE = { category: 'hardware', condition: 'new', customOrder: false } as const;

/** A PLC return of a pristine new item the customer does not want, delivered on `deliveryDate`. */
export function plcUnwantedRequest(contact: { email: string; name: string }, deliveryDate: string) {
  return { policy: 'plc-technologies', contact, reason: 'unwanted', deliveryDate, product: NEW_HARDWARE, item: PRISTINE_ITEM } as const;
}
