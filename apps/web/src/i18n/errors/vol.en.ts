// English text of the volunteers' error codes; params in {{ }}.
import type { errorsVolZhCN } from './vol.zh-CN.ts';

export const errorsVolEn: Record<keyof typeof errorsVolZhCN, string> = {
  'vol.area_unknown': 'There is no such area.',
  'vol.team_unknown': 'There is no such team.',
  'vol.team.not_found': 'This team was not found.',
  'vol.team_parent_level':
    'Wrong parent: a unit team belongs to a district team, a district team to a city team, and a city team has none.',
  'vol.seal_not_png': 'The seal must be a PNG image.',
  'vol.birth_date_future': 'The date of birth cannot be after today.',
  'vol.guardian_required': 'A volunteer under 14 needs a guardian to give their name and mobile and consent.',
  'vol.volunteer.not_found':
    'No volunteer with this code; it may be mistyped, or the personal data has been erased.',
  'vol.volunteer_unknown': 'There is no such volunteer.',
  'vol.activity_unknown': 'There is no such activity.',
  'vol.opportunity.not_found': 'This opportunity was not found.',
  'vol.opportunity_unknown': 'There is no such opportunity.',
  'vol.signup.not_found': 'This sign-up was not found.',
  'vol.signup.closed_conflict': 'This opportunity is over; signing up is closed.',
  'vol.code_unknown': 'This volunteer code is not known; check it and type it again.',
  'vol.not_signed_up': 'Report hours only for an opportunity you signed up for.',
  'vol.hours_in_future': 'The service has not ended yet; report it afterwards.',
  'vol.hours.not_found': 'This hours record was not found.',
  'vol.hours.state_conflict': 'Record {{id}} is "{{state}}"; this step is not possible.',
  'vol.ends_before_start': 'The end is before the start.',
  'vol.reason_required': 'Give a reason to decline or void.',
  'vol.star_hours_order': 'Each star level needs more hours than the one before.',
  'vol.certificate.not_found': 'No certificate of service has this number.',
  'vol.export.header_twice': 'Each column header may appear once.',
  'vol.certificate.no_hours':
    'No approved hours with this team in this period: no certificate can be issued.',
};
