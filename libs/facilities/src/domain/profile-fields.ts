/**
 * Which attributes of a facility change how: the profile's are effective-dated (a change starts on a date and leaves
 * the months before as they were); the description changes at once. The API's update and the web app's profile form
 * both read these lists.
 */
export const PROFILE_FIELDS = [
  'kind',
  'ownership',
  'operation',
  'functions',
  'dementiaZone',
  'rehabRoom',
  'sunshineKitchen',
  'foodSafetyGrade',
  'smart',
  'videoConnected',
  'demoCentre',
  'medicalIntegrated',
  'standardizedCanteen',
  'assistiveDeviceSite',
  'exchangePlatform',
  'productsDisplayPlatform',
  'aGrade',
  'managedByFacilityId',
] as const;
/** What only civil-affairs officers and administrators decide: what the facility is, who owns and runs it. */
export const OFFICIAL_FIELDS = ['kind', 'ownership', 'operation', 'managedByFacilityId'] as const;
export const DESCRIPTION_FIELDS = ['name', 'address', 'latitude', 'longitude', 'phone'] as const;
