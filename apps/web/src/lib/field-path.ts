/** An API field name (`emergencyContacts.0.phone`) as the form's name path (`['emergencyContacts', 0, 'phone']`). */
export function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
