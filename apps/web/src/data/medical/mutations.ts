import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { fileBody, importAnswer } from '@web/data/imports/upload-file';
import { medicalKeys } from './keys';
import type { ConsortiumInput, MedicalAgreementInput, MedicalImportResult, MedicalInstitutionInput } from './types';

/** Registers a medical institution in a township or village of the officer's region. */
export function useCreateMedicalInstitutionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MedicalInstitutionInput) => unwrap(api.POST('/api/v1/medical-institutions', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: medicalKeys.institutionsAll() }),
  });
}

/** Uploads an office's list of medical institutions (all or nothing; a 400 lists the bad rows). */
export function useImportMedicalInstitutionsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importAnswer<MedicalImportResult>(api.POST('/api/v1/medical-institutions/import', fileBody(file))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: medicalKeys.institutionsAll() }),
  });
}

/** Closes a medical institution from a date. */
export function useCloseMedicalInstitutionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, on }: { id: string; on: string }) => unwrap(api.POST('/api/v1/medical-institutions/{id}/close', { params: { path: { id } }, body: { on } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: medicalKeys.institutionsAll() }),
  });
}

/** Registers a 康养联合体 with its members. */
export function useCreateConsortiumMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsortiumInput) => unwrap(api.POST('/api/v1/kangyang-consortia', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: medicalKeys.consortiaAll() }),
  });
}

/** Sets a consortium's 五有 flag. */
export function useSetFiveStandardsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, meetsFiveStandards }: { id: string; meetsFiveStandards: boolean }) =>
      unwrap(api.PATCH('/api/v1/kangyang-consortia/{id}', { params: { path: { id } }, body: { meetsFiveStandards } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: medicalKeys.consortiaAll() }),
  });
}

/** Dissolves a consortium from a date. */
export function useDissolveConsortiumMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, on }: { id: string; on: string }) => unwrap(api.POST('/api/v1/kangyang-consortia/{id}/dissolve', { params: { path: { id } }, body: { on } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: medicalKeys.consortiaAll() }),
  });
}

/** Records a facility's cooperation agreement with a medical institution. */
export function useAddMedicalAgreementMutation(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MedicalAgreementInput) => unwrap(api.POST('/api/v1/facilities/{id}/medical-agreements', { params: { path: { id: facilityId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: medicalKeys.agreements(facilityId) }),
  });
}

/** Ends an agreement (its last day in force) or renews it (a later day, or null for open-ended). */
export function useAgreementTermMutation(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, validUntil }: { id: string; validUntil: string | null }) =>
      unwrap(api.POST('/api/v1/medical-agreements/{id}/term', { params: { path: { id } }, body: { validUntil } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: medicalKeys.agreements(facilityId) }),
  });
}
