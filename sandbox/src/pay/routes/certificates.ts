import type { Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { aesGcmEncrypt, gcmNonce } from '../crypto';
import { payApi } from './signing';

/**
 * `GET /v3/certificates`: the platform certificates, each PEM encrypted with AEAD_AES_256_GCM under the
 * APIv3 key (associated_data "certificate"), as WeChat Pay answers. The answer itself is signed like any
 * other (in certificate mode with the certificate's key: the caller verifies it after decrypting).
 */
export function payCertificateRoutes(router: Router, rt: Runtime): void {
  payApi(router, rt, 'GET', '/v3/certificates', (_ctx, merchant) => {
    const nonce = gcmNonce();
    return {
      status: 200,
      body: {
        data: [
          {
            serial_no: merchant.platformSerialNo,
            effective_time: merchant.platformEffectiveTime,
            expire_time: merchant.platformExpireTime,
            encrypt_certificate: {
              algorithm: 'AEAD_AES_256_GCM',
              nonce,
              associated_data: 'certificate',
              ciphertext: aesGcmEncrypt(merchant.apiV3Key, nonce, 'certificate', merchant.platformCertificatePem),
            },
          },
        ],
      },
    };
  });
}
