export { modelRegistry } from './registry.js';
export { PointSchema, PositionSchema, type Point, type Position } from './schemas/position.js';
export { DiagnosticSchema, SeveritySchema, type Diagnostic, type Severity } from './schemas/diagnostic.js';
export { AttendanceSchema, AttendeeSchema, type Attendance, type Attendee } from './schemas/attendee.js';
export {
  ActionOriginSchema,
  ActionSchema,
  OwnerKindSchema,
  OwnerRefSchema,
  type Action,
  type ActionOrigin,
  type OwnerKind,
  type OwnerRef,
} from './schemas/action.js';
export { AgendaItemSchema, ParagraphSchema, SpeakerRefSchema, type AgendaItem, type Paragraph, type SpeakerRef } from './schemas/agenda.js';
export {
  DateMentionSchema,
  DecisionKindSchema,
  DecisionSchema,
  NextMeetingSchema,
  RecommendationSchema,
  ReferenceSchema,
  type DateMention,
  type Decision,
  type DecisionKind,
  type NextMeeting,
  type Recommendation,
  type Reference,
} from './schemas/records.js';
export { MinutesSchema, SCHEMA_VERSION, type Minutes } from './schemas/minutes.js';
export { toJsonSchema } from './json-schema.js';
