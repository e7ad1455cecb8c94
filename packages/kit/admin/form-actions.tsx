import { Button, Flex } from '@strapi/design-system';

/**
 * The buttons under an admin form: the action (保存 unless named otherwise, disabled while busy)
 * and, when given, the way out (取消 unless named otherwise).
 */
export function FormActions({
  busy,
  onSubmit,
  submitLabel = '保存',
  onCancel,
  cancelLabel = '取消',
}: {
  busy: boolean;
  onSubmit: () => unknown;
  submitLabel?: string;
  onCancel?: () => unknown;
  cancelLabel?: string;
}) {
  return (
    <Flex gap={2} paddingTop={4}>
      <Button disabled={busy} onClick={() => void onSubmit()}>
        {submitLabel}
      </Button>
      {onCancel && (
        <Button variant="tertiary" onClick={() => void onCancel()}>
          {cancelLabel}
        </Button>
      )}
    </Flex>
  );
}
