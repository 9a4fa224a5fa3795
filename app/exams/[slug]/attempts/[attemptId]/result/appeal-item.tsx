import { ActionForm } from "@/src/components/action-form";
import { fileAppealAction } from "@/src/modules/exams/actions";

const STATUS = {
  pending: "Appeal sent: a trainer will decide.",
  accepted: "Appeal accepted: this question no longer counts.",
  rejected: "Appeal not accepted.",
};

/** Under one reviewed question: its appeal's status, or (the candidate's own attempt, in the window) the form. */
export function AppealItem(props: {
  attemptId: string;
  position: number;
  appeal?: { status: keyof typeof STATUS; resolution: string | null };
  open: boolean;
}) {
  if (props.appeal)
    return (
      <p className="mt-2 text-sm text-slate-600" data-testid="appeal-status">
        {STATUS[props.appeal.status]} {props.appeal.resolution}
      </p>
    );
  if (!props.open) return null;
  const id = `appeal-${props.position}`;
  return (
    <details className="mt-2 text-sm">
      <summary>Appeal this question</summary>
      <ActionForm action={fileAppealAction} fields={{ attemptId: props.attemptId, position: String(props.position) }} label="Send appeal">
        <label htmlFor={id} className="sr-only">
          What is wrong with question {props.position + 1}
        </label>
        <textarea id={id} name="comment" rows={3} maxLength={2000} required placeholder="What is wrong with this question?" />
      </ActionForm>
    </details>
  );
}
