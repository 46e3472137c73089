/**
 * 电子印章: each unit's seals (image, custodians, validity), their keys and certificates, signing the official
 * output at 用印 (PDF with a standard PDF signature, OFD per GB/T 38540 with SM2/SM3), and verifying any uploaded
 * file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Electronic seals")
package org.zhengtong.seal;
