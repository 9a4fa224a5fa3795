"use client";
import { useActionState, useState } from "react";
import { scheduleSessionAction } from "@/src/modules/classroom/actions";
import { FormField } from "@/src/components/form-field";
import { SubmitButton } from "@/src/components/submit-button";

type Props = { courses: { slug: string; title: string }[]; trainers: { id: string; name: string }[]; defaultTrainerId: string };

export function ScheduleForm({ courses, trainers, defaultTrainerId }: Props) {
  const [state, action] = useActionState(scheduleSessionAction, {});
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const [mode, setMode] = useState(v.mode ?? "in_person");
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message && (
        <p className="notice" role="alert">
          {state.message}
        </p>
      )}
      <div>
        <label htmlFor="courseSlug">Course</label>
        <select id="courseSlug" name="courseSlug" defaultValue={v.courseSlug ?? courses[0]?.slug}>
          {courses.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.title}
            </option>
          ))}
        </select>
        {e.courseSlug && (
          <p className="form-error" role="alert">
            {e.courseSlug}
          </p>
        )}
      </div>
      <FormField name="title" label="Title" defaultValue={v.title} error={e.title} required maxLength={120} />
      <div>
        <label htmlFor="trainerId">Trainer</label>
        <select id="trainerId" name="trainerId" defaultValue={v.trainerId ?? defaultTrainerId}>
          {trainers.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        {e.trainerId && (
          <p className="form-error" role="alert">
            {e.trainerId}
          </p>
        )}
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Format</legend>
        <label className="inline-flex items-center gap-2 font-normal">
          <input
            type="radio"
            name="mode"
            value="in_person"
            className="w-auto"
            checked={mode === "in_person"}
            onChange={() => setMode("in_person")}
          />{" "}
          In person
        </label>
        <label className="ml-4 inline-flex items-center gap-2 font-normal">
          <input
            type="radio"
            name="mode"
            value="virtual"
            className="w-auto"
            checked={mode === "virtual"}
            onChange={() => setMode("virtual")}
          />{" "}
          Virtual
        </label>
      </fieldset>
      {mode === "in_person" ? (
        <FormField name="location" label="Location" defaultValue={v.location} error={e.location} hint="Address and room." maxLength={200} />
      ) : (
        <FormField
          name="meetingUrl"
          label="Join link"
          type="url"
          defaultValue={v.meetingUrl}
          error={e.meetingUrl}
          hint="https://…"
          maxLength={500}
        />
      )}
      <FormField name="startsAt" label="Day 1 starts (UTC)" type="datetime-local" defaultValue={v.startsAt} error={e.startsAt} required />
      <FormField name="dayHours" label="Hours per day" type="number" defaultValue={v.dayHours ?? "8"} error={e.dayHours} required />
      <FormField name="capacity" label="Seats" type="number" defaultValue={v.capacity ?? "12"} error={e.capacity} required />
      <SubmitButton pendingText="Scheduling…">Schedule session</SubmitButton>
    </form>
  );
}
