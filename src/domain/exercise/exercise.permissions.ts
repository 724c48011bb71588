/**
 * Exercises: the hub's coordinators and admins, and controllers, set them up; the controllers an
 * exercise lists run it; its participants read it and write lessons into its report.
 */
import { definePermissions } from '../permissions'

export interface ExerciseSubject {
  /** The actor is one of the exercise's listed controllers. */
  controls: boolean
  /** The actor's organization (or one above it) takes part. */
  participates: boolean
}

const RELATIONS = {
  any: 'any exercise',
  hub: 'any exercise, at the hub',
  'listed-controller': 'an exercise it is listed to control',
  participant: 'an exercise its organization takes part in',
}
type Relation = keyof typeof RELATIONS

export const exercisePermissions = definePermissions({
  capability: 'exercises',
  exercises: true,
  relations: RELATIONS,
  table: {
    create: { does: 'set up an exercise (name, participants, controllers, scenario)', grants: { admin: ['hub'], coordinator: ['hub'], controller: ['any'] } },
    read: {
      does: 'read an exercise, its injects and its after-action report',
      read: true,
      grants: { admin: ['hub', 'participant'], coordinator: ['hub', 'participant'], controller: ['listed-controller', 'participant'], poc: ['participant'], analyst: ['participant'], observer: ['participant'] },
    },
    control: { does: 'start, pause, resume, jump and end it; release, hold or add injects', grants: { controller: ['listed-controller'] } },
    act: { does: 'act inside it (the Shieldwall-Exercise header)', grants: { admin: ['participant'], coordinator: ['participant'], poc: ['participant'], analyst: ['participant'], controller: ['listed-controller'] } },
    lesson: { does: 'write a lesson learned into its report', grants: { admin: ['participant'], coordinator: ['participant'], poc: ['participant'], analyst: ['participant'], controller: ['listed-controller'] } },
  },
  relationsOf: (actor, s: ExerciseSubject) => {
    const out: Relation[] = ['any']
    if (actor.orgKind === 'hub') out.push('hub')
    if (s.controls) out.push('listed-controller')
    if (s.participates) out.push('participant')
    return out
  },
})
